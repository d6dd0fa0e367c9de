// The HCL v1 reader: every construct (checked against what hashicorp/hcl v1 decodes), every error
// with its line:col, and the JSON reader into the same tree.
#include "hc/config/hcl.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_support.h"

namespace hc::config {
namespace {

using testing::dump;
using testing::errorOf;
using ::testing::HasSubstr;

struct Case {
  std::string in;
  std::string tree;
};

TEST(HclParse, EveryConstruct) {
  const Case cases[] = {
      {"", "{}"},
      {"# only a comment\n", "{}"},
      {"a = 1", "{a=1}"},
      {"a = \"x\"", "{a=\"x\"}"},
      {"a = true\nb = false", "{a=true b=false}"},
      {"a = 0600", "{a=0600#384}"},
      {"a = 0x1F", "{a=0x1F#31}"},
      {"a = -5", "{a=-5}"},
      {"a = 0", "{a=0}"},
      {"a = 1.5\nb = 1e3\nc = .5\nd = 1.", "{a=1.5f b=1e3f c=.5f d=1.f}"},
      {"a = [1, \"x\", true,]", "{a=[1 \"x\" true]}"},
      {"a = []", "{a=[]}"},
      {"a = [, 1,, 2]", "{a=[1 2]}"},  // hcl lets a comma stand alone in a list
      {"a = [[1, 2], {b = 2}]", "{a=[[1 2] {b=2}]}"},
      {"a { b = 1 }", "{a={b=1}}"},
      {"a = { b = 1 }", "{a={b=1}}"},
      {"a {}", "{a={}}"},
      {"a { b { c = \"d\" } }", "{a={b={c=\"d\"}}}"},
      {"a \"label\" { b = 1 }", "{a={label={b=1}}}"},
      {"a \"x\" \"y\" {}", "{a={x={y={}}}}"},
      {"a x { }", "{a={x={}}}"},
      {"\"quoted key\" = 1", "{quoted key=1}"},
      {"a.b-c_d9 = 1", "{a.b-c_d9=1}"},
      {"_x = 1", "{_x=1}"},
      {"a = 1 b = 2", "{a=1 b=2}"},
      {"a = 1, b = 2", "{a=1 b=2}"},
      {"a { b = 1, c = 2 }", "{a={b=1 c=2}}"},
      {"a = 1\na = 2", "{a=1 a=2}"},
      {"template { x = 1 }\ntemplate { x = 2 }", "{template={x=1} template={x=2}}"},
      {"# hash\na = 1 // slashes\n/* block\n comment */ b = 2 # end", "{a=1 b=2}"},
      {"a = /* inline */ 1", "{a=1}"},
      {"a = \"x\\\\y\\\"z\\n\\t\"", "{a=\"x\\\\y\\\"z\\n\\t\"}"},
      {"a = \"\\u00e9\\x41\\101\\U0001F600\"",
       "{a=\"\xC3\xA9"
       "AA\xF0\x9F\x98\x80\"}"},
      {"a = \"\\a\\b\\f\\r\\v\"", "{a=\"\a\b\f\r\v\"}"},
      {"a = \"${lookup(\"x\")}\"", "{a=\"${lookup(\\\"x\\\")}\"}"},
      {"a = \"${x\n}\"", "{a=\"${x\\n}\"}"},
      {"a = \"x${ \"q\" }y\\n\"", "{a=\"x${ \\\"q\\\" }y\\n\"}"},
      {"a = \"{{ key \\\"k\\\" }}\"", "{a=\"{{ key \\\"k\\\" }}\"}"},
      {"a = \"caf\xC3\xA9\"", "{a=\"caf\xC3\xA9\"}"},
      {"a = 1\r\nb = \"x\"\r\n", "{a=1 b=\"x\"}"},
      // Heredocs, as hcl v1's unindentHeredoc.
      {"a = <<EOF\nhello\n  x\nEOF\n", "{a=\"hello\\n  x\\n\"}"},
      {"a = <<EOF\nEOF\n", "{a=\"\"}"},
      {"a = <<EOF\nx\n  EOF\n", "{a=\"x\\n  \"}"},  // hcl keeps the closing indentation
      {"a = <<EOF\nx\nEOFX\nEOF\n", "{a=\"x\\nEOFX\\n\"}"},
      {"a = <<-EOF\n    hello\n      x\n    EOF\n", "{a=\"hello\\n  x\\n\"}"},
      {"a = <<-EOF\n   x\n  y\n  EOF\n", "{a=\" x\\ny\\n\"}"},
      {"a = <<-EOF\n    x\n\n    y\n    EOF\n", "{a=\"    x\\n\\n    y\\n\"}"},  // not all indented
      {"a = <<-EOF\n  x\n  EOF\nb = 1\n", "{a=\"x\\n\" b=1}"},
      {"a = <<-EOF\nx\nEOF\n", "{a=\"x\\n\"}"},  // hcl v1 rejects this; accepted
      {"a = <<EOF\nx\nEOF", "{a=\"x\\n\"}"},     // closing line without newline: accepted
      {"a = [<<EOF\nq\nEOF\n, 2]", "{a=[\"q\\n\" 2]}"},
      {"a = <<EOF\r\nx\r\nEOF\r\n", "{a=\"x\\n\"}"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.in);
    EXPECT_EQ(dump(parseHcl(c.in, "f.hcl")), c.tree);
  }
}

TEST(HclParse, PositionsOfKeysAndValues) {
  HclValue root = parseHcl("# x\nconsul {\n  address = \"a\"\n}\n  n = [1,\n 2]\n", "f.hcl");
  ASSERT_EQ(root.entries.size(), 2u);
  const HclEntry& consul = root.entries[0];
  EXPECT_EQ(consul.keyPos.line, 2);
  EXPECT_EQ(consul.keyPos.column, 1);
  EXPECT_EQ(consul.value.pos.line, 2);
  EXPECT_EQ(consul.value.pos.column, 8);  // the '{'
  const HclEntry& address = consul.value.entries.at(0);
  EXPECT_EQ(address.keyPos.line, 3);
  EXPECT_EQ(address.keyPos.column, 3);
  EXPECT_EQ(address.value.pos.column, 13);
  const HclEntry& n = root.entries[1];
  EXPECT_EQ(n.keyPos.line, 5);
  EXPECT_EQ(n.keyPos.column, 3);
  EXPECT_EQ(n.value.items.at(1).pos.line, 6);
  EXPECT_EQ(n.value.items.at(1).pos.column, 2);
  EXPECT_TRUE(parseHcl("a = <<EOF\nx\nEOF\n", "f").entries[0].value.heredoc);
}

TEST(HclParse, ColumnsCountCharactersNotBytes) {
  HclValue root = parseHcl("\"\xC3\xA9t\xC3\xA9\" = \"\xE2\x82\xAC\" b = 1", "f.hcl");
  EXPECT_EQ(root.entries.at(1).keyPos.column, 13);
  EXPECT_EQ(errorOf<ConfigError>([] { parseHcl("\xC3\xA9 = 1 @", "f.hcl"); }),
            "f.hcl:1:7: unexpected character \"@\"");
}

TEST(HclParse, KindNames) {
  HclValue root = parseHcl("a = {} b = [] c = \"\" d = 1 e = 1.5 f = true", "f");
  std::vector<std::string> names;
  for (const HclEntry& e : root.entries) names.push_back(e.value.kindName());
  EXPECT_THAT(names,
              ::testing::ElementsAre("object", "list", "string", "number", "number", "bool"));
  EXPECT_DOUBLE_EQ(root.entries[4].value.floatValue, 1.5);
  EXPECT_DOUBLE_EQ(parseHcl("x = .5", "f").entries[0].value.floatValue, 0.5);
  EXPECT_DOUBLE_EQ(parseHcl("x = 1.5e-3", "f").entries[0].value.floatValue, 0.0015);
  EXPECT_EQ(parseHcl("x = -0x10", "f").entries[0].value.intValue, -16);
}

TEST(HclParse, EveryErrorWithItsPosition) {
  const Case cases[] = {
      {"a", "f.hcl:1:2: key \"a\": expected '=' or '{', got end of file"},
      {"a\n\n", "f.hcl:3:1: key \"a\": expected '=' or '{', got end of file"},
      {"a 1", "f.hcl:1:3: key \"a\": expected '=' or '{', got number 1"},
      {"a = ",
       "f.hcl:1:5: key \"a\": expected a value (string, number, bool, heredoc, list or object), "
       "got end of file"},
      {"a = x",
       "f.hcl:1:5: key \"a\": expected a value (string, number, bool, heredoc, list or object), "
       "got identifier \"x\""},
      {"a = -x",
       "f.hcl:1:5: key \"a\": expected a value (string, number, bool, heredoc, list or object), "
       "got '-'"},
      {"a = =",
       "f.hcl:1:5: key \"a\": expected a value (string, number, bool, heredoc, list or object), "
       "got '='"},
      {"a b = 1", "f.hcl:1:5: key \"a b\": a key with labels must be followed by '{', got '='"},
      {"}", "f.hcl:1:1: expected a key (identifier or string), got '}'"},
      {"a = 1\n}", "f.hcl:2:1: expected a key (identifier or string), got '}'"},
      {"{}", "f.hcl:1:1: expected a key (identifier or string), got '{'"},
      {", a = 1", "f.hcl:1:1: expected a key (identifier or string), got ','"},
      {"1 = 2", "f.hcl:1:1: expected a key (identifier or string), got number 1"},
      {"a { b = 1", "f.hcl:1:10: expected '}' to close the object opened at 1:3, got end of file"},
      {"a {\n  b {\n  }\n",
       "f.hcl:4:1: expected '}' to close the object opened at 1:3, got end of file"},
      {"a = [1 2]", "f.hcl:1:8: list: expected ',' or ']', got number 2"},
      {"a = [1,", "f.hcl:1:8: expected ']' to close the list opened at 1:5, got end of file"},
      {"a = [x]", "f.hcl:1:6: list: expected a value or ']', got identifier \"x\""},
      {"a = \"x", "f.hcl:1:5: string not terminated (expected '\"' before the end of the line)"},
      {"a = \"x\ny\"",
       "f.hcl:1:5: string not terminated (expected '\"' before the end of the line)"},
      {"a = \"\\q\"", "f.hcl:1:6: invalid escape sequence \\q in string"},
      {"a = \"\\'\"", "f.hcl:1:6: invalid escape sequence \\' in string"},
      {"a = \"\\u12\"", "f.hcl:1:6: invalid escape sequence: \\u needs 4 hex digits"},
      {"a = \"\\x4\"", "f.hcl:1:6: invalid escape sequence: \\x needs 2 hex digits"},
      {"a = \"\\400\"", "f.hcl:1:6: invalid escape sequence: octal value above \\377"},
      {"a = \"\\uD800\"", "f.hcl:1:6: invalid escape sequence: not a Unicode code point"},
      {"/* x", "f.hcl:1:1: comment not terminated (expected \"*/\")"},
      {"a = 1\n  /* x\n", "f.hcl:2:3: comment not terminated (expected \"*/\")"},
      {"a = 1 / 2", "f.hcl:1:7: expected '/' or '*' after '/' to start a comment"},
      {"a = <<EOF\nx\n", "f.hcl:1:5: heredoc not terminated (no line \"EOF\")"},
      {"a = <<EOF x\nEOF\n", "f.hcl:1:10: invalid characters after the heredoc anchor"},
      {"a = <<\nEOF\n", "f.hcl:1:5: heredoc anchor missing after '<<'"},
      {"a = <<EOF", "f.hcl:1:5: heredoc not terminated"},
      {"a = <x", "f.hcl:1:5: expected '<<' to start a heredoc"},
      {"a = 08", "f.hcl:1:5: invalid number 08"},
      {"a = 0x", "f.hcl:1:5: invalid number 0x"},
      {"a = 99999999999999999999", "f.hcl:1:5: invalid number 99999999999999999999"},
      {"a = @", "f.hcl:1:5: unexpected character \"@\""},
      {"a = 1\nb = \"\xff\"", "f.hcl:2:6: invalid UTF-8 encoding"},
      {std::string("a = 1\0", 6), "f.hcl:1:6: unexpected null character (0x00)"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.in);
    EXPECT_EQ(errorOf<ConfigError>([&] { parseHcl(c.in, "f.hcl"); }), c.tree);
  }
}

TEST(JsonParse, SameTreeAsHcl) {
  HclValue json = parseJson(
      "{\"a\": 1, \"b\": \"x\\n\", \"c\": [true, null, -2], \"d\": {\"e\": 1.5}, \"d2\": "
      "[{\"f\": 1}]}",
      "f.json");
  EXPECT_EQ(dump(json), "{a=1 b=\"x\\n\" c=[true \"\" -2] d={e=1.5f} d2=[{f=1}]}");
  EXPECT_EQ(dump(parseJson("{\"a\": 1, \"a\": 2}", "f.json")), "{a=1 a=2}");
}

TEST(JsonParse, Positions) {
  HclValue root =
      parseJson("{\n  \"consul\": {\n    \"a\\\"b\": \"x\",\n    \"n\": 12\n  }\n}", "f.json");
  const HclEntry& consul = root.entries.at(0);
  EXPECT_EQ(consul.keyPos.line, 2);
  EXPECT_EQ(consul.keyPos.column, 3);
  EXPECT_EQ(consul.value.pos.line, 2);
  EXPECT_EQ(consul.value.pos.column, 13);
  const HclEntry& ab = consul.value.entries.at(0);
  EXPECT_EQ(ab.key, "a\"b");
  EXPECT_EQ(ab.keyPos.line, 3);
  EXPECT_EQ(ab.keyPos.column, 5);
  EXPECT_EQ(ab.value.pos.column, 13);
  const HclEntry& n = consul.value.entries.at(1);
  EXPECT_EQ(n.keyPos.line, 4);
  EXPECT_EQ(n.value.pos.column, 10);
  EXPECT_EQ(n.value.text, "12");
  EXPECT_EQ(n.value.intValue, 12);
}

TEST(JsonParse, Errors) {
  EXPECT_THAT(errorOf<ConfigError>([] { parseJson("{\"a\": }", "f.json"); }),
              ::testing::StartsWith("f.json:1:7: invalid JSON: "));
  EXPECT_THAT(errorOf<ConfigError>([] { parseJson("{\n\"a\": 1,\n", "f.json"); }),
              ::testing::StartsWith("f.json:3:1: invalid JSON: "));
  EXPECT_EQ(errorOf<ConfigError>([] { parseJson("[1]", "f.json"); }),
            "f.json:1:1: invalid JSON configuration: the document must be an object, got list");
  EXPECT_THAT(errorOf<ConfigError>([] { parseJson("", "f.json"); }),
              ::testing::StartsWith("f.json:1:1: invalid JSON: "));
}

TEST(ConfigText, PicksJsonByNameOrFirstCharacter) {
  EXPECT_EQ(dump(parseConfigText("  \n{\"a\": 1}", "config.conf")), "{a=1}");
  EXPECT_EQ(dump(parseConfigText("{\"a\": 1}", "config.json")), "{a=1}");
  EXPECT_EQ(dump(parseConfigText("a = 1", "config.hcl")), "{a=1}");
  EXPECT_THAT(errorOf<ConfigError>([] { parseConfigText("a = 1", "config.json"); }),
              HasSubstr("config.json:1:1: invalid JSON"));
}

TEST(FormatPos, WithAndWithoutPosition) {
  EXPECT_EQ(formatPos("f.hcl", SourcePos{3, 7}), "f.hcl:3:7");
  EXPECT_EQ(formatPos("-template", SourcePos{}), "-template");
}

}  // namespace
}  // namespace hc::config
