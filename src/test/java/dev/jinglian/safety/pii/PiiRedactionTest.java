package dev.jinglian.safety.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jinglian.normalize.Edits;
import dev.jinglian.normalize.Normalization;
import dev.jinglian.normalize.Transform;
import dev.jinglian.recipe.NormalizeSpec;
import dev.jinglian.recipe.PiiSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PiiRedactionTest {
  private static final PiiRedaction ALL = new PiiRedaction(PiiSpec.defaults());

  private static String redact(String text) {
    return ALL.apply(text);
  }

  // ---- e-mail

  @Test
  void emailsInChineseAndEnglishAreReplacedAndCounted() {
    Edits edits = new Edits();
    String out = ALL.apply("联系邮箱：zhang.san+news@mail.example.com.cn。Write to a_b@uni-x.edu, or not.", edits);
    assertThat(out).isEqualTo("联系邮箱：<EMAIL>。Write to <EMAIL>, or not.");
    assertThat(edits.asMap()).isEqualTo(Map.of("pii_email", 2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"@Override public void run()", "关注 @张三 的微博", "ssh root@localhost now",
      "price is 3@5 each", "email me at name@domain"})
  void handlesDecoratorsAndHostsWithoutDomainsAreNotEmails(String text) {
    assertThat(redact(text)).isEqualTo(text);
  }

  // ---- phone numbers

  @ParameterizedTest
  @ValueSource(strings = {"13812345678", "+86 138 1234 5678", "+86-13812345678", "(+86)13812345678",
      "138-1234-5678", "0086 13812345678", "010-12345678", "0755-1234567", "(010)12345678", "(0755) 12345678",
      "021-87654321-808", "+44 20 7946 0958", "+1 (415) 555-2671", "+49 30 1234567", "(415) 555-2671",
      "415-555-2671", "1-800-555-0199"})
  void phoneNumbersInEveryFormAreReplacedWhole(String phone) {
    Edits edits = new Edits();
    assertThat(ALL.apply("电话：" + phone + "，欢迎来电", edits)).isEqualTo("电话：<PHONE>，欢迎来电");
    assertThat(ALL.apply("Call " + phone + " today.", new Edits())).isEqualTo("Call <PHONE> today.");
    assertThat(edits.asMap()).isEqualTo(Map.of("pii_phone", 1));
  }

  @Test
  void twoMobilesSeparatedBySpaceAreTwoPhones() {
    Edits edits = new Edits();
    assertThat(ALL.apply("13812345678 13987654321", edits)).isEqualTo("<PHONE> <PHONE>");
    assertThat(edits.asMap()).containsEntry("pii_phone", 2);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "12345678901",                    // 11 digits but not 1[3-9]
      "订单号20231001138123456789已发货", // mobile shape inside a longer digit run
      "编号 9913812345678",              // digits before
      "卡号 6222 1381 2345 6789 000",    // mobile-like groups inside a longer digit group
      "01012345678",                    // trunk 0 + area code without a separator: ambiguous
      "2023-12345678",                  // year-led, no area code
      "+5.00 points",                   // signed number
      "123-456-7890",                   // NANP area code cannot start with 1
      "415-155-2671",                   // nor the exchange
      "范围是 -2147483648 到 +2147483647", // signed integers: +21 is no country code
      "/projects/19306908007/operations", // an id in a path
      "+999 1234 5678"})                // 999 is not in service
  void numbersShapedAlmostLikePhonesAreKept(String text) {
    assertThat(redact(text)).isEqualTo(text);
  }

  // ---- resident ID numbers

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "44030419900307123X", "320106200002294562",
      "310115198510156785"})
  void residentIdsWithValidChecksumAndBirthDateAreReplaced(String id) {
    Edits edits = new Edits();
    assertThat(ALL.apply("身份证号" + id + "，请核对", edits)).isEqualTo("身份证号<ID_NUMBER>，请核对");
    assertThat(edits.asMap()).isEqualTo(Map.of("pii_id_number", 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "110105194912310021",  // wrong check character (should be X)
      "320106200002304562",  // 30 February
      "320106200013014562",  // month 13
      "320106180001014562",  // born 1800
      "990106200002294562",  // no province 99
      "1110105194912310020"}) // 19 digits: part of a longer run
  void residentIdShapedNumbersFailingAChecksOrDateAreKept(String text) {
    String out = redact("证件 " + text + " 号");
    assertThat(out).doesNotContain("<ID_NUMBER>");
  }

  @Test
  void idCheckCharacterFollowsIso7064() {
    assertThat(ResidentIdDetector.checkChar("11010519491231002")).isEqualTo('X');
    assertThat(ResidentIdDetector.checkChar("32010620000229456")).isEqualTo('2');
  }

  // ---- bank cards

  @ParameterizedTest
  @ValueSource(strings = {"4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "6222021234567890128",
      "6222 0212 3456 7890 128", "5200001234567894", "3782 822463 10005", "6228480012345671"})
  void luhnValidCardNumbersAreReplaced(String card) {
    Edits edits = new Edits();
    assertThat(ALL.apply("卡号：" + card + "。", edits)).isEqualTo("卡号：<BANK_CARD>。");
    assertThat(edits.asMap()).isEqualTo(Map.of("pii_bank_card", 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "4111111111111112",          // Luhn fails
      "9787111547421",             // ISBN-13 (Luhn-valid, but 978 is no card network)
      "ISBN 978-7-111-54742-1",
      "1700000000000",             // millisecond timestamp
      "2023100112345674",          // date-led order number, Luhn-valid
      "12344111111111111111",      // a card number inside a longer run
      "4111 1111 1111 1111 1111 11", // groups continue past 19 digits
      "deployedModelId: '5251549009234886656'", // Luhn-valid, but Mastercard numbers have 16 digits
      "v2/6011000990139424/x"})     // an id in a path
  void numbersThatAreNotCardsAreKept(String text) {
    assertThat(redact("号码 " + text + " 结束")).doesNotContain("<BANK_CARD>");
  }

  // ---- IP addresses

  @Test
  void publicIpv4AndIpv6AreReplaced() {
    Edits edits = new Edits();
    String out = ALL.apply("来自 114.114.114.114 和 203.208.60.1 的访问；v6 地址 2400:cb00:2048:1::c629:d7a2。", edits);
    assertThat(out).isEqualTo("来自 <IP> 和 <IP> 的访问；v6 地址 <IP>。");
    assertThat(edits.asMap()).isEqualTo(Map.of("pii_ip", 3));
  }

  @Test
  void plainDottedQuadWithoutVersionContextIsAnAddress() {
    assertThat(redact("The attacker came from 61.135.169.125 yesterday."))
        .isEqualTo("The attacker came from <IP> yesterday.");
    assertThat(redact("login from 9.45.7.3")).isEqualTo("login from <IP>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"for symlinks it is 1.15.7.2, for dirs", "since dpkg 1.4.0.7.", "比如 2 或 3.1.13.1。",
      "the example 1.2.3.4 below", "DNS 8.8.8.8"})
  void quadsThatReadAsReleaseNumbersAreKept(String text) {
    assertThat(redact(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"version 1.2.3.4", "Version: 1.2.3.4", "v1.2.3.4", "v 1.2.3.4", "build 10.0.19041.1",
      "固件版本1.2.3.4", "版本号：1.2.3.4", "升级到 1.2.3.4 版", "Chrome/120.0.0.1 Safari", "see section 4.3.2.1",
      "OID 1.3.6.1.4.1.311", "第 1.2.3.4 条"})
  void versionAndSectionNumbersAreNotAddresses(String text) {
    assertThat(redact(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"192.168.1.1", "10.0.0.1", "127.0.0.1", "172.16.5.4", "255.255.255.0",
      "169.254.1.1", "192.0.2.10", "fe80::1ff:fe23:4567:890a", "2001:db8::1", "fd00:1:2::3"})
  void privateAndDocumentationAddressesAreKeptByDefaultAndRedactedOnRequest(String ip) {
    String text = "addr " + ip + " end";
    assertThat(redact(text)).isEqualTo(text);
    PiiRedaction all = new PiiRedaction(new PiiSpec(null, null, true));
    assertThat(all.apply(text)).isEqualTo("addr <IP> end");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12:30:45", "00:1A:2B:3C:4D:5E", "std::vector", "a::b", "1.2.3", "256.1.1.1",
      "1.2.3.4.5"})
  void timesMacsCodeAndNonQuadsAreNotAddresses(String text) {
    PiiRedaction all = new PiiRedaction(new PiiSpec(null, null, true));
    assertThat(all.apply("x " + text + " y")).isEqualTo("x " + text + " y");
  }

  // ---- ordinary numbers never change

  @ParameterizedTest
  @ValueSource(strings = {"1998年出生，2023年毕业。", "In 2024 and 2025 we grew.", "售价 ¥12,999.00，原价 13800 元",
      "$1,299.99 or $13,812,345,678", "全国人口 1,411,750,000 人", "2023-10-01 12:30:45", "2023.10.01",
      "20231001", "2023/10/01", "Python 3.12.1 and Java 17.0.9", "ISBN 978-7-111-54742-1",
      "第13812345页", "π = 3.14159265358979", "共 138123 次访问"})
  void ordinaryNumbersAreKept(String text) {
    Edits edits = new Edits();
    assertThat(ALL.apply(text, edits)).isEqualTo(text);
    assertThat(edits.asMap()).isEmpty();
  }

  // ---- precedence, configuration, normalization

  @Test
  void overlapsGoToTheMoreSpecificType() {
    Edits edits = new Edits();
    assertThat(ALL.apply("13812345678@163.com 与 11010519491231002X", edits)).isEqualTo("<EMAIL> 与 <ID_NUMBER>");
    assertThat(edits.asMap()).isEqualTo(Map.of("pii_email", 1, "pii_id_number", 1));
  }

  @Test
  void onlyTheConfiguredTypesAreRedacted() {
    PiiRedaction emailOnly = new PiiRedaction(new PiiSpec(null, List.of("email"), null));
    assertThat(emailOnly.apply("a@b.cn 13812345678")).isEqualTo("<EMAIL> 13812345678");
    PiiRedaction off = new PiiRedaction(new PiiSpec(false, null, null));
    assertThat(off.apply("a@b.cn 13812345678")).isEqualTo("a@b.cn 13812345678");
  }

  @Test
  void recipeBindsThePiiSectionUnderNormalize() {
    String head = "name: t\noutput: /tmp/o\nsources: [{name: web, path: /x}]\n";
    assertThat(dev.jinglian.testing.Recipes.fromYaml(head).normalize().pii()).isEqualTo(PiiSpec.defaults());
    PiiSpec spec = dev.jinglian.testing.Recipes.fromYaml(head + "normalize:\n  pii: {types: [email, ip], "
        + "redact_private_ips: true}\n").normalize().pii();
    assertThat(spec.kinds()).containsExactly(PiiKind.EMAIL, PiiKind.IP);
    assertThat(spec.redactPrivateIps()).isTrue();
    assertThatThrownBy(() -> dev.jinglian.testing.Recipes.fromYaml(head + "normalize:\n  pii: {types: [ssn]}\n"))
        .hasMessageContaining("normalize.pii")
        .hasMessageContaining("unknown PII type 'ssn'");
  }

  @Test
  void unknownTypeFailsWithTheKnownTypes() {
    assertThatThrownBy(() -> new PiiSpec(null, List.of("email", "passport"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown PII type 'passport' (known types: email, phone, id_number, bank_card, ip)");
  }

  @Test
  void runsAfterNfkcSoFullWidthDigitsAndAtSignsAreCaught() {
    List<Transform> transforms = Normalization.from(NormalizeSpec.defaults());
    assertThat(transforms.get(transforms.size() - 1)).isInstanceOf(PiiRedaction.class);
    Edits edits = new Edits();
    String text = "手机：１３８１２３４５６７８，邮箱：ｌｉ＠ｅｘａｍｐｌｅ．ｃｏｍ";
    for (Transform t : transforms) {
      text = t.apply(text, edits);
    }
    assertThat(text).isEqualTo("手机:<PHONE>,邮箱:<EMAIL>");
    assertThat(edits.asMap()).containsEntry("pii_phone", 1).containsEntry("pii_email", 1).containsEntry("nfkc", 1);
  }
}
