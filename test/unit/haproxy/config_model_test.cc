#include "hc/haproxy/config_model.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace hc::haproxy {
namespace {

using Words = std::vector<std::string>;

struct TokenCase {
  std::string name;
  std::string line;
  Words words;
};

class TokenizeTest : public ::testing::TestWithParam<TokenCase> {};

TEST_P(TokenizeTest, Splits) {
  EXPECT_EQ(tokenizeLine(GetParam().line, 1), GetParam().words);
}

INSTANTIATE_TEST_SUITE_P(
    Table, TokenizeTest,
    ::testing::Values(TokenCase{"plain",
                                "  server  a\t1.2.3.4:80  check",
                                {"server", "a", "1.2.3.4:80", "check"}},
                      TokenCase{"blank", "   \t ", {}},
                      TokenCase{"comment", "bind :80 # the port", {"bind", ":80"}},
                      TokenCase{"comment_only", "# all", {}},
                      TokenCase{"double_quotes", R"(errorfile "a b" x)", {"errorfile", "a b", "x"}},
                      TokenCase{"double_quote_escapes", R"(x "a\"b\\c")", {"x", R"(a"b\c)"}},
                      TokenCase{"double_quote_hash", R"(x "a # b")", {"x", "a # b"}},
                      TokenCase{"single_literal", R"(x 'a\"b #c')", {"x", R"(a\"b #c)"}},
                      TokenCase{"quotes_inside_word", R"(x a"b c"d)", {"x", "ab cd"}},
                      TokenCase{"empty_word", R"(x "" y)", {"x", "", "y"}},
                      TokenCase{"escaped_space", R"(x a\ b)", {"x", "a b"}},
                      TokenCase{"escaped_hash", R"(x a\#b)", {"x", "a#b"}},
                      TokenCase{"escape_controls", R"(x a\tb\x41)", {"x", "a\tbA"}},
                      TokenCase{"trailing_backslash", "x a\\", {"x", "a\\"}}),
    [](const auto& info) { return info.param.name; });

TEST(TokenizeTest, UnterminatedQuotesThrowWithLine) {
  for (std::string text : {"global\n  x \"abc\n", "global\n  x 'abc\n"}) {
    try {
      parse(text);
      FAIL() << text;
    } catch (const ConfigModelError& e) {
      EXPECT_EQ(e.line(), 2);
    }
  }
}

TEST(ParseTest, SectionsLinesAndNumbers) {
  Config c = parse(
      "# header\n"
      "global\n"
      "    maxconn   4096\n"
      "\n"
      "defaults\n"
      "    mode http\r\n"
      "defaults named from base\n"
      "frontend fe\n"
      "    bind \"*:80\"\n"
      "backend be\n"
      "    balance roundrobin\n"
      "    server s1 10.0.0.1:80 check\n"
      "resolvers dns\n"
      "  nameserver ns1 127.0.0.1:53\n"
      "peers p\nuserlist u\nprogram pr\nhttp-errors he\nring r\ncache c\nmailers m\nlisten l\n");
  ASSERT_EQ(c.sections.size(), 14u);
  EXPECT_EQ(c.sections[0].kind, SectionKind::Global);
  EXPECT_EQ(c.sections[0].line, 2);
  ASSERT_EQ(c.sections[0].lines.size(), 1u);
  EXPECT_EQ(c.sections[0].lines[0].text, "maxconn 4096");
  EXPECT_EQ(c.sections[0].lines[0].line, 3);
  EXPECT_EQ(c.sections[1].kind, SectionKind::Defaults);
  EXPECT_EQ(c.sections[1].name, "");
  EXPECT_EQ(c.sections[1].lines[0].text, "mode http");
  EXPECT_EQ(c.sections[2].name, "named");
  EXPECT_EQ(c.sections[2].args, (Words{"from", "base"}));
  EXPECT_EQ(c.sections[3].lines[0].text, "bind *:80");
  EXPECT_EQ(c.sections[4].kind, SectionKind::Backend);
  EXPECT_EQ(c.sections[4].lines.size(), 1u);
  ASSERT_EQ(c.sections[4].servers.size(), 1u);
  EXPECT_EQ(c.sections[4].servers[0].line, 12);
  EXPECT_TRUE(c.hasResolvers());
  EXPECT_EQ(c.sections[9].kind, SectionKind::HttpErrors);
  EXPECT_EQ(c.sections[13].kind, SectionKind::Listen);
  EXPECT_EQ(c.backend("l"), &c.sections[13]);
  EXPECT_FALSE(parse("global\n").hasResolvers());
}

TEST(ParseTest, NormalisedTextRequotesAmbiguousWords) {
  Config c = parse("frontend f\n  http-request set-header X \"a b\"   ''\n");
  EXPECT_EQ(c.sections[0].lines[0].text, "http-request set-header X \"a b\" \"\"");
}

TEST(ParseTest, ServerOutsideBackendIsAPlainLine) {
  Config c = parse("frontend f\n  server x\n");
  EXPECT_EQ(c.sections[0].servers.size(), 0u);
  EXPECT_EQ(c.sections[0].lines[0].text, "server x");
}

TEST(ParseTest, Errors) {
  struct E {
    std::string text;
    int line;
  };
  for (const auto& e : std::vector<E>{{"\n  maxconn 1\n", 2},
                                      {"backend b\n  server s1\n", 2},
                                      {"backend b\n\n  server\n", 3},
                                      {"listen b\n  server-template web 3\n", 2}}) {
    try {
      parse(e.text);
      FAIL() << e.text;
    } catch (const ConfigModelError& err) {
      EXPECT_EQ(err.line(), e.line) << e.text;
    }
  }
}

struct ServerCase {
  std::string name;
  std::string line;
  std::string address;
  std::optional<std::string> port;
  Words keywords;
};

class ServerLineTest : public ::testing::TestWithParam<ServerCase> {};

TEST_P(ServerLineTest, Parses) {
  const auto& p = GetParam();
  Config c = parse("backend b\n  " + p.line + "\n");
  ASSERT_EQ(c.sections[0].servers.size(), 1u);
  const ServerLine& s = c.sections[0].servers[0];
  EXPECT_EQ(s.name, "s");
  EXPECT_EQ(s.address, p.address);
  EXPECT_EQ(s.port, p.port);
  EXPECT_EQ(s.keywords, p.keywords);
  EXPECT_EQ(s.line, 2);
  EXPECT_FALSE(s.isTemplate);
}

INSTANTIATE_TEST_SUITE_P(
    Table, ServerLineTest,
    ::testing::Values(
        ServerCase{"v4",
                   "server s 10.0.0.1:8080 check weight 5",
                   "10.0.0.1",
                   "8080",
                   {"check", "weight", "5"}},
        ServerCase{"v4_no_port", "server s 10.0.0.1", "10.0.0.1", std::nullopt, {}},
        ServerCase{"v6_brackets", "server s [2001:db8::1]:443 ssl", "2001:db8::1", "443", {"ssl"}},
        ServerCase{"v6_brackets_no_port", "server s [::1]", "::1", std::nullopt, {}},
        ServerCase{"v6_bare", "server s 2001:db8::1:8080", "2001:db8::1", "8080", {}},
        ServerCase{"hostname",
                   "server s web.service.consul:80 resolvers dns",
                   "web.service.consul",
                   "80",
                   {"resolvers", "dns"}},
        ServerCase{"hostname_no_port", "server s example.com", "example.com", std::nullopt, {}},
        ServerCase{"ipv4_prefix",
                   "server s ipv4@placeholder.invalid:80 init-addr last,none",
                   "ipv4@placeholder.invalid",
                   "80",
                   {"init-addr", "last,none"}},
        ServerCase{"ipv6_prefix", "server s ipv6@[::1]:80", "ipv6@::1", "80", {}},
        ServerCase{"unix", "server s unix@/run/app.sock", "unix@/run/app.sock", std::nullopt, {}},
        ServerCase{"path",
                   "server s /run/app.sock send-proxy",
                   "/run/app.sock",
                   std::nullopt,
                   {"send-proxy"}},
        ServerCase{"port_map", "server s 10.0.0.1:+1000", "10.0.0.1", "+1000", {}}),
    [](const auto& info) { return info.param.name; });

TEST(ServerLineTest, Template) {
  Config c = parse("backend b\n  server-template web 1-3 10.0.0.1:80 disabled check\n");
  const ServerLine& s = c.sections[0].servers.at(0);
  EXPECT_TRUE(s.isTemplate);
  EXPECT_EQ(s.name, "web");
  EXPECT_EQ(s.count, "1-3");
  EXPECT_EQ(s.address, "10.0.0.1");
  EXPECT_EQ(s.keywords, (Words{"disabled", "check"}));
  EXPECT_TRUE(s.has("check"));
  EXPECT_EQ(s.value("check"), std::nullopt);
}

TEST(BackendFactsTest, InheritsFromDefaults) {
  Config c = parse(
      "defaults\n  balance source\n  default-server inter 2s\n"
      "backend a\n  hash-type consistent\n  default-server rise 3\n"
      "backend b\n"
      "defaults d2\n"
      "backend c\n  balance static-rr\n"
      "backend d from d2\n  balance leastconn\n");
  BackendFacts a = backendFacts(c, 1);
  EXPECT_EQ(a.balance, "source");
  EXPECT_EQ(a.hashType, "consistent");
  EXPECT_TRUE(a.dynamic);
  EXPECT_TRUE(a.hasDefaultServer);
  EXPECT_EQ(a.defaultServer, (Words{"inter", "2s", "rise", "3"}));
  BackendFacts b = backendFacts(c, 2);
  EXPECT_FALSE(b.dynamic);
  BackendFacts cc = backendFacts(c, 4);
  EXPECT_EQ(cc.balance, "static-rr");
  EXPECT_FALSE(cc.hasDefaultServer);
  EXPECT_FALSE(cc.dynamic);
  EXPECT_TRUE(backendFacts(c, 5).dynamic);
  EXPECT_TRUE(backendFacts(parse("backend x\n"), 0).dynamic);  // roundrobin by default
}

}  // namespace
}  // namespace hc::haproxy
