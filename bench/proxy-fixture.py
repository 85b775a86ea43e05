#!/usr/bin/env python3
"""Builds the proxy-model test fixture (src/test/resources/proxy/) from real text plus planted junk.

Real text (see src/test/resources/proxy/README.md for provenance and licences):
  - Chinese: Debian Reference, zh-cn translation (Debian package debian-reference-zh-cn 2.100, GPL-2+),
    file usr/share/debian-reference/debian-reference.zh-cn.txt.gz
  - English: Git release notes (/usr/share/doc/git/RelNotes/*.txt, Debian package git, GPL-2)
Planted junk (the raw recipe's extra source): SEO/ad spam in Chinese and English, one boilerplate page repeated
verbatim many times, and random-looking garbage (hex dumps, base64 blobs), generated here with a fixed seed.
Planted leaks: a few held-out documents copied verbatim into the training sources (decontamination must drop them).

Usage: bench/proxy-fixture.py <debian-reference.zh-cn.txt> <git RelNotes dir> <out dir>
"""
import json
import os
import random
import re
import sys

HAN = re.compile(r'[\u4e00-\u9fff]')


def zh_paragraphs(text):
    paras = []
    for block in re.split(r'\n\s*\n', text):
        lines = [l.strip() for l in block.split('\n') if l.strip()]
        if not lines or any(l[0] in '+|$#' for l in lines):
            continue  # tables, shell sessions, comments
        joined = ''
        for l in lines:
            if joined and not (HAN.search(joined[-1]) or HAN.search(l[0])):
                joined += ' '
            joined += l
        if len(joined) >= 40 and len(HAN.findall(joined)) >= 0.25 * len(joined):
            paras.append(joined)
    return paras


def group(paras, target):
    docs, cur = [], ''
    for p in paras:
        cur = (cur + '\n' + p) if cur else p
        if len(cur) >= target:
            docs.append(cur)
            cur = ''
    if cur:
        docs.append(cur)
    return docs


def en_docs(path):
    text = open(path, encoding='utf-8').read()
    items = [re.sub(r'\s+', ' ', i).strip() for i in re.split(r'\n \* ', text)[1:]]
    items = [i for i in items if len(i) > 80]
    return group(items, 1200)


def junk(rng):
    docs = []
    products = ['iPhone 15', '减肥茶', '名牌包包', 'cheap watches', 'casino bonus', '代开发票', 'crypto signals',
                '高仿手表', 'viagra', '网贷秒批']
    for i in range(260):
        p = rng.choice(products)
        if i % 2 == 0:
            docs.append(f'【限时抢购】{p}低至{rng.randint(1, 9)}折！！！加微信 wx{rng.randint(10000, 99999)} '
                        f'免费领取，点击 http://www.{rng.choice(["haoli", "zhuanqian", "mianfei"])}{rng.randint(1, 999)}.cn/'
                        f'?id={rng.randint(1, 10**6)} 立即抢购！{p}{p}{p} 优惠 优惠 优惠 包邮 包邮 秒杀 秒杀 秒杀')
        else:
            docs.append(f'BUY {p.upper()} NOW!!! best {p} cheap {p} discount {p} online {p} free shipping '
                        f'click here http://best-{rng.randint(1, 999)}-deals.example/{rng.randint(1, 10**6)} '
                        f'{p} {p} {p} limited offer act now act now')
    boiler = ('版权所有 © 2003-2024 某某网络科技有限公司 保留所有权利 | 京ICP备00000000号 | 联系我们 | 网站地图 | '
              '隐私政策 | 免责声明 Copyright All Rights Reserved. Terms of Use | Privacy Policy | Cookie Settings')
    docs.extend([boiler] * 220)
    for _ in range(90):
        docs.append(' '.join(''.join(rng.choice('0123456789abcdef') for _ in range(8)) for _ in range(40)))
        docs.append(''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')
                            for _ in range(300)))
    return docs


def write(path, source, docs):
    with open(path, 'w', encoding='utf-8') as f:
        for i, d in enumerate(docs):
            f.write(json.dumps({'id': f'{source}-{i:04d}', 'text': d}, ensure_ascii=False) + '\n')


def main():
    zh_file, relnotes, out = sys.argv[1:4]
    rng = random.Random(20261121)
    zh = group(zh_paragraphs(open(zh_file, encoding='utf-8').read()), 600)
    # chapters in order: the first part trains, a later disjoint part is held out
    zh_train, zh_held = zh[:-24], zh[-24:]
    names = sorted(f for f in os.listdir(relnotes) if re.fullmatch(r'2\.(1\d|2\d)\.0\.txt', f))
    en_train = [d for n in names[:-2] for d in en_docs(os.path.join(relnotes, n))][:120]
    en_held = [d for n in names[-2:] for d in en_docs(os.path.join(relnotes, n))][:14]
    leaks = zh_held[:4] + en_held[:2]
    zh_train = zh_train[:50] + zh_held[:4] + zh_train[50:]
    en_train = en_train[:30] + en_held[:2] + en_train[30:]
    os.makedirs(os.path.join(out, 'train'), exist_ok=True)
    os.makedirs(os.path.join(out, 'junk'), exist_ok=True)
    os.makedirs(os.path.join(out, 'heldout'), exist_ok=True)
    write(os.path.join(out, 'train', 'zh-reference.jsonl'), 'zh', zh_train)
    write(os.path.join(out, 'train', 'en-relnotes.jsonl'), 'en', en_train)
    write(os.path.join(out, 'junk', 'junk.jsonl'), 'junk', junk(rng))
    write(os.path.join(out, 'heldout', 'clean.jsonl'), 'held', zh_held + en_held)
    print('leaked held-out docs planted in training:', len(leaks))


main()
