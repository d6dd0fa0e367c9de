// Lexer tests. The golden table below was produced by running Go's text/template/parse lexer
// (Go 1.19 sources patched to the Go 1.23 lexer behaviour: "unexpected right paren" without a
// preceding right-paren item, newlines in emitted comments counted) on each input and printing
// every item (type, byte position, value, line).
#include "../../../src/template/lexer.h"

#include <gtest/gtest.h>

#include "golden_fields.h"

#include <string>
#include <string_view>
#include <vector>

#include "../../../src/template/parse_util.h"

namespace hc::tmpl::detail {
namespace {

using T = ItemType;

struct ExpItem {
  ItemType type;
  int64_t pos;
  std::string val;
  int line;
};

// One golden case. `items` lists the expected items separated by '\x1f', each as
// "Type\x1epos\x1eline\x1evalue" (a plain char table keeps this big file quick to compile).
struct LexCase {
  const char* input;
  const char* left;
  const char* right;
  bool comments;
  const char* items;
};

using hc::tmpl::testing::split;

ItemType typeNamed(const std::string& name) {
  static const char* const kNames[] = {
      "Error",    "Bool",      "Char",       "CharConstant", "Comment",   "Complex",   "Assign",
      "Declare",  "Eof",       "Field",      "Identifier",   "LeftDelim", "LeftParen", "Number",
      "Pipe",     "RawString", "RightDelim", "RightParen",   "Space",     "String",    "Text",
      "Variable", "Keyword",   "Block",      "Break",        "Continue",  "Dot",       "Define",
      "Else",     "End",       "If",         "Nil",          "Range",     "Template",  "With"};
  for (size_t i = 0; i < sizeof kNames / sizeof kNames[0]; i++) {
    if (name == kNames[i]) return static_cast<ItemType>(i);
  }
  ADD_FAILURE() << "unknown item type " << name;
  return ItemType::Error;
}

std::vector<ExpItem> parseItems(const char* items) {
  std::vector<ExpItem> out;
  for (const std::string& it : split(items, '\x1f')) {
    std::vector<std::string> f = split(it, '\x1e');
    EXPECT_EQ(f.size(), 4u) << it;
    if (f.size() != 4) continue;
    out.push_back(ExpItem{typeNamed(f[0]), std::stoll(f[1]), f[3], std::stoi(f[2])});
  }
  return out;
}

// The items of `input` with their values copied (error texts live in the lexer).
std::vector<ExpItem> lexAll(const std::string& input, const std::string& left = "",
                            const std::string& right = "", LexOptions opts = {}) {
  Lexer l(input, left, right);
  l.options = opts;
  std::vector<ExpItem> out;
  for (;;) {
    Item it = l.nextItem();
    out.push_back(ExpItem{it.type, it.pos, std::string(it.val), it.line});
    if (it.type == ItemType::Eof || it.type == ItemType::Error) break;
  }
  return out;
}

std::string describe(const std::vector<ExpItem>& items) {
  std::string s;
  for (const ExpItem& i : items) {
    s += "{" + std::to_string(static_cast<int>(i.type)) + " " + std::to_string(i.pos) + " " +
         quoteGo(i.val) + " " + std::to_string(i.line) + "} ";
  }
  return s;
}

// clang-format off
const LexCase kGolden[] = {
// BEGIN GENERATED LEX TABLE
    {"", "", "", false,
     "Eof\x1e""0\x1e""1\x1e"},
    {"", "", "", true,
     "Eof\x1e""0\x1e""1\x1e"},
    {" \t\n", "", "", false,
     "Text\x1e""0\x1e""1\x1e \t\n\x1f""Eof\x1e""3\x1e""2\x1e"},
    {" \t\n", "", "", true,
     "Text\x1e""0\x1e""1\x1e \t\n\x1f""Eof\x1e""3\x1e""2\x1e"},
    {"now is the time", "", "", false,
     "Text\x1e""0\x1e""1\x1enow is the time\x1f""Eof\x1e""15\x1e""1\x1e"},
    {"now is the time", "", "", true,
     "Text\x1e""0\x1e""1\x1enow is the time\x1f""Eof\x1e""15\x1e""1\x1e"},
    {"hello-{{/* this is a comment */}}-world", "", "", false,
     "Text\x1e""0\x1e""1\x1ehello-\x1fText\x1e""33\x1e""1\x1e-world\x1f""Eof\x1e""39\x1e""1\x1e"},
    {"hello-{{/* this is a comment */}}-world", "", "", true,
     "Text\x1e""0\x1e""1\x1ehello-\x1f""Comment\x1e""8\x1e""1\x1e/* this is a comment */\x1fText\x1e""33\x1e""1\x1e-world\x1f""Eof\x1e""39\x1e""1\x1e"},
    {"{{,@% }}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Char\x1e""2\x1e""1\x1e,\x1f""Char\x1e""3\x1e""1\x1e@\x1f""Char\x1e""4\x1e""1\x1e%\x1fSpace\x1e""5\x1e""1\x1e \x1fRightDelim\x1e""6\x1e""1\x1e}}\x1f""Eof\x1e""8\x1e""1\x1e"},
    {"{{,@% }}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Char\x1e""2\x1e""1\x1e,\x1f""Char\x1e""3\x1e""1\x1e@\x1f""Char\x1e""4\x1e""1\x1e%\x1fSpace\x1e""5\x1e""1\x1e \x1fRightDelim\x1e""6\x1e""1\x1e}}\x1f""Eof\x1e""8\x1e""1\x1e"},
    {"{{((3))}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fLeftParen\x1e""2\x1e""1\x1e(\x1fLeftParen\x1e""3\x1e""1\x1e(\x1fNumber\x1e""4\x1e""1\x1e""3\x1fRightParen\x1e""5\x1e""1\x1e)\x1fRightParen\x1e""6\x1e""1\x1e)\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{((3))}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fLeftParen\x1e""2\x1e""1\x1e(\x1fLeftParen\x1e""3\x1e""1\x1e(\x1fNumber\x1e""4\x1e""1\x1e""3\x1fRightParen\x1e""5\x1e""1\x1e)\x1fRightParen\x1e""6\x1e""1\x1e)\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fRightDelim\x1e""2\x1e""1\x1e}}\x1f""Eof\x1e""4\x1e""1\x1e"},
    {"{{}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fRightDelim\x1e""2\x1e""1\x1e}}\x1f""Eof\x1e""4\x1e""1\x1e"},
    {"{{for}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fIdentifier\x1e""2\x1e""1\x1e""for\x1fRightDelim\x1e""5\x1e""1\x1e}}\x1f""Eof\x1e""7\x1e""1\x1e"},
    {"{{for}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fIdentifier\x1e""2\x1e""1\x1e""for\x1fRightDelim\x1e""5\x1e""1\x1e}}\x1f""Eof\x1e""7\x1e""1\x1e"},
    {"{{block \"foo\" .}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Block\x1e""2\x1e""1\x1e""block\x1fSpace\x1e""7\x1e""1\x1e \x1fString\x1e""8\x1e""1\x1e\"foo\"\x1fSpace\x1e""13\x1e""1\x1e \x1f""Dot\x1e""14\x1e""1\x1e.\x1fRightDelim\x1e""15\x1e""1\x1e}}\x1f""Eof\x1e""17\x1e""1\x1e"},
    {"{{block \"foo\" .}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Block\x1e""2\x1e""1\x1e""block\x1fSpace\x1e""7\x1e""1\x1e \x1fString\x1e""8\x1e""1\x1e\"foo\"\x1fSpace\x1e""13\x1e""1\x1e \x1f""Dot\x1e""14\x1e""1\x1e.\x1fRightDelim\x1e""15\x1e""1\x1e}}\x1f""Eof\x1e""17\x1e""1\x1e"},
    {"{{\"abc \\n\\t\\\" \"}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fString\x1e""2\x1e""1\x1e\"abc \\n\\t\\\" \"\x1fRightDelim\x1e""15\x1e""1\x1e}}\x1f""Eof\x1e""17\x1e""1\x1e"},
    {"{{\"abc \\n\\t\\\" \"}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fString\x1e""2\x1e""1\x1e\"abc \\n\\t\\\" \"\x1fRightDelim\x1e""15\x1e""1\x1e}}\x1f""Eof\x1e""17\x1e""1\x1e"},
    {"{{`abc\\n\\t\\\" `}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fRawString\x1e""2\x1e""1\x1e`abc\\n\\t\\\" `\x1fRightDelim\x1e""14\x1e""1\x1e}}\x1f""Eof\x1e""16\x1e""1\x1e"},
    {"{{`abc\\n\\t\\\" `}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fRawString\x1e""2\x1e""1\x1e`abc\\n\\t\\\" `\x1fRightDelim\x1e""14\x1e""1\x1e}}\x1f""Eof\x1e""16\x1e""1\x1e"},
    {"{{`now is{{\n}}the time`}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fRawString\x1e""2\x1e""1\x1e`now is{{\n}}the time`\x1fRightDelim\x1e""23\x1e""2\x1e}}\x1f""Eof\x1e""25\x1e""2\x1e"},
    {"{{`now is{{\n}}the time`}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fRawString\x1e""2\x1e""1\x1e`now is{{\n}}the time`\x1fRightDelim\x1e""23\x1e""2\x1e}}\x1f""Eof\x1e""25\x1e""2\x1e"},
    {"{{1 02 0x14 0X14 -7.2i 1e3 1E3 +1.2e-4 4.2i 1+2i 1_2 0x1.e_fp4 0X1.E_FP4}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fNumber\x1e""2\x1e""1\x1e""1\x1fSpace\x1e""3\x1e""1\x1e \x1fNumber\x1e""4\x1e""1\x1e""02\x1fSpace\x1e""6\x1e""1\x1e \x1fNumber\x1e""7\x1e""1\x1e""0x14\x1fSpace\x1e""11\x1e""1\x1e \x1fNumber\x1e""12\x1e""1\x1e""0X14\x1fSpace\x1e""16\x1e""1\x1e \x1fNumber\x1e""17\x1e""1\x1e-7.2i\x1fSpace\x1e""22\x1e""1\x1e \x1fNumber\x1e""23\x1e""1\x1e""1e3\x1fSpace\x1e""26\x1e""1\x1e \x1fNumber\x1e""27\x1e""1\x1e""1E3\x1fSpace\x1e""30\x1e""1\x1e \x1fNumber\x1e""31\x1e""1\x1e+1.2e-4\x1fSpace\x1e""38\x1e""1\x1e \x1fNumber\x1e""39\x1e""1\x1e""4.2i\x1fSpace\x1e""43\x1e""1\x1e \x1f""Complex\x1e""44\x1e""1\x1e""1+2i\x1fSpace\x1e""48\x1e""1\x1e \x1fNumber\x1e""49\x1e""1\x1e""1_2\x1fSpace\x1e""52\x1e""1\x1e \x1fNumber\x1e""53\x1e""1\x1e""0x1.e_fp4\x1fSpace\x1e""62\x1e""1\x1e \x1fNumber\x1e""63\x1e""1\x1e""0X1.E_FP4\x1fRightDelim\x1e""72\x1e""1\x1e}}\x1f""Eof\x1e""74\x1e""1\x1e"},
    {"{{1 02 0x14 0X14 -7.2i 1e3 1E3 +1.2e-4 4.2i 1+2i 1_2 0x1.e_fp4 0X1.E_FP4}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fNumber\x1e""2\x1e""1\x1e""1\x1fSpace\x1e""3\x1e""1\x1e \x1fNumber\x1e""4\x1e""1\x1e""02\x1fSpace\x1e""6\x1e""1\x1e \x1fNumber\x1e""7\x1e""1\x1e""0x14\x1fSpace\x1e""11\x1e""1\x1e \x1fNumber\x1e""12\x1e""1\x1e""0X14\x1fSpace\x1e""16\x1e""1\x1e \x1fNumber\x1e""17\x1e""1\x1e-7.2i\x1fSpace\x1e""22\x1e""1\x1e \x1fNumber\x1e""23\x1e""1\x1e""1e3\x1fSpace\x1e""26\x1e""1\x1e \x1fNumber\x1e""27\x1e""1\x1e""1E3\x1fSpace\x1e""30\x1e""1\x1e \x1fNumber\x1e""31\x1e""1\x1e+1.2e-4\x1fSpace\x1e""38\x1e""1\x1e \x1fNumber\x1e""39\x1e""1\x1e""4.2i\x1fSpace\x1e""43\x1e""1\x1e \x1f""Complex\x1e""44\x1e""1\x1e""1+2i\x1fSpace\x1e""48\x1e""1\x1e \x1fNumber\x1e""49\x1e""1\x1e""1_2\x1fSpace\x1e""52\x1e""1\x1e \x1fNumber\x1e""53\x1e""1\x1e""0x1.e_fp4\x1fSpace\x1e""62\x1e""1\x1e \x1fNumber\x1e""63\x1e""1\x1e""0X1.E_FP4\x1fRightDelim\x1e""72\x1e""1\x1e}}\x1f""Eof\x1e""74\x1e""1\x1e"},
    {"{{'a' '\\n' '\\'' '\\\\' '\\u00FF' '\\xFF' '本'}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""CharConstant\x1e""2\x1e""1\x1e'a'\x1fSpace\x1e""5\x1e""1\x1e \x1f""CharConstant\x1e""6\x1e""1\x1e'\\n'\x1fSpace\x1e""10\x1e""1\x1e \x1f""CharConstant\x1e""11\x1e""1\x1e'\\''\x1fSpace\x1e""15\x1e""1\x1e \x1f""CharConstant\x1e""16\x1e""1\x1e'\\\\'\x1fSpace\x1e""20\x1e""1\x1e \x1f""CharConstant\x1e""21\x1e""1\x1e'\\u00FF'\x1fSpace\x1e""29\x1e""1\x1e \x1f""CharConstant\x1e""30\x1e""1\x1e'\\xFF'\x1fSpace\x1e""36\x1e""1\x1e \x1f""CharConstant\x1e""37\x1e""1\x1e'本'\x1fRightDelim\x1e""42\x1e""1\x1e}}\x1f""Eof\x1e""44\x1e""1\x1e"},
    {"{{'a' '\\n' '\\'' '\\\\' '\\u00FF' '\\xFF' '本'}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""CharConstant\x1e""2\x1e""1\x1e'a'\x1fSpace\x1e""5\x1e""1\x1e \x1f""CharConstant\x1e""6\x1e""1\x1e'\\n'\x1fSpace\x1e""10\x1e""1\x1e \x1f""CharConstant\x1e""11\x1e""1\x1e'\\''\x1fSpace\x1e""15\x1e""1\x1e \x1f""CharConstant\x1e""16\x1e""1\x1e'\\\\'\x1fSpace\x1e""20\x1e""1\x1e \x1f""CharConstant\x1e""21\x1e""1\x1e'\\u00FF'\x1fSpace\x1e""29\x1e""1\x1e \x1f""CharConstant\x1e""30\x1e""1\x1e'\\xFF'\x1fSpace\x1e""36\x1e""1\x1e \x1f""CharConstant\x1e""37\x1e""1\x1e'本'\x1fRightDelim\x1e""42\x1e""1\x1e}}\x1f""Eof\x1e""44\x1e""1\x1e"},
    {"{{true false}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Bool\x1e""2\x1e""1\x1etrue\x1fSpace\x1e""6\x1e""1\x1e \x1f""Bool\x1e""7\x1e""1\x1e""false\x1fRightDelim\x1e""12\x1e""1\x1e}}\x1f""Eof\x1e""14\x1e""1\x1e"},
    {"{{true false}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Bool\x1e""2\x1e""1\x1etrue\x1fSpace\x1e""6\x1e""1\x1e \x1f""Bool\x1e""7\x1e""1\x1e""false\x1fRightDelim\x1e""12\x1e""1\x1e}}\x1f""Eof\x1e""14\x1e""1\x1e"},
    {"{{.}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Dot\x1e""2\x1e""1\x1e.\x1fRightDelim\x1e""3\x1e""1\x1e}}\x1f""Eof\x1e""5\x1e""1\x1e"},
    {"{{.}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Dot\x1e""2\x1e""1\x1e.\x1fRightDelim\x1e""3\x1e""1\x1e}}\x1f""Eof\x1e""5\x1e""1\x1e"},
    {"{{nil}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fNil\x1e""2\x1e""1\x1enil\x1fRightDelim\x1e""5\x1e""1\x1e}}\x1f""Eof\x1e""7\x1e""1\x1e"},
    {"{{nil}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fNil\x1e""2\x1e""1\x1enil\x1fRightDelim\x1e""5\x1e""1\x1e}}\x1f""Eof\x1e""7\x1e""1\x1e"},
    {"{{.x . .2 .x.y.z}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Field\x1e""2\x1e""1\x1e.x\x1fSpace\x1e""4\x1e""1\x1e \x1f""Dot\x1e""5\x1e""1\x1e.\x1fSpace\x1e""6\x1e""1\x1e \x1fNumber\x1e""7\x1e""1\x1e.2\x1fSpace\x1e""9\x1e""1\x1e \x1f""Field\x1e""10\x1e""1\x1e.x\x1f""Field\x1e""12\x1e""1\x1e.y\x1f""Field\x1e""14\x1e""1\x1e.z\x1fRightDelim\x1e""16\x1e""1\x1e}}\x1f""Eof\x1e""18\x1e""1\x1e"},
    {"{{.x . .2 .x.y.z}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Field\x1e""2\x1e""1\x1e.x\x1fSpace\x1e""4\x1e""1\x1e \x1f""Dot\x1e""5\x1e""1\x1e.\x1fSpace\x1e""6\x1e""1\x1e \x1fNumber\x1e""7\x1e""1\x1e.2\x1fSpace\x1e""9\x1e""1\x1e \x1f""Field\x1e""10\x1e""1\x1e.x\x1f""Field\x1e""12\x1e""1\x1e.y\x1f""Field\x1e""14\x1e""1\x1e.z\x1fRightDelim\x1e""16\x1e""1\x1e}}\x1f""Eof\x1e""18\x1e""1\x1e"},
    {"{{range if else end with}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fRange\x1e""2\x1e""1\x1erange\x1fSpace\x1e""7\x1e""1\x1e \x1fIf\x1e""8\x1e""1\x1eif\x1fSpace\x1e""10\x1e""1\x1e \x1f""Else\x1e""11\x1e""1\x1e""else\x1fSpace\x1e""15\x1e""1\x1e \x1f""End\x1e""16\x1e""1\x1e""end\x1fSpace\x1e""19\x1e""1\x1e \x1fWith\x1e""20\x1e""1\x1ewith\x1fRightDelim\x1e""24\x1e""1\x1e}}\x1f""Eof\x1e""26\x1e""1\x1e"},
    {"{{range if else end with}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fRange\x1e""2\x1e""1\x1erange\x1fSpace\x1e""7\x1e""1\x1e \x1fIf\x1e""8\x1e""1\x1eif\x1fSpace\x1e""10\x1e""1\x1e \x1f""Else\x1e""11\x1e""1\x1e""else\x1fSpace\x1e""15\x1e""1\x1e \x1f""End\x1e""16\x1e""1\x1e""end\x1fSpace\x1e""19\x1e""1\x1e \x1fWith\x1e""20\x1e""1\x1ewith\x1fRightDelim\x1e""24\x1e""1\x1e}}\x1f""Eof\x1e""26\x1e""1\x1e"},
    {"{{$c := printf $ $hello $23 $ $var.Field .Method}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fVariable\x1e""2\x1e""1\x1e$c\x1fSpace\x1e""4\x1e""1\x1e \x1f""Declare\x1e""5\x1e""1\x1e:=\x1fSpace\x1e""7\x1e""1\x1e \x1fIdentifier\x1e""8\x1e""1\x1eprintf\x1fSpace\x1e""14\x1e""1\x1e \x1fVariable\x1e""15\x1e""1\x1e$\x1fSpace\x1e""16\x1e""1\x1e \x1fVariable\x1e""17\x1e""1\x1e$hello\x1fSpace\x1e""23\x1e""1\x1e \x1fVariable\x1e""24\x1e""1\x1e$23\x1fSpace\x1e""27\x1e""1\x1e \x1fVariable\x1e""28\x1e""1\x1e$\x1fSpace\x1e""29\x1e""1\x1e \x1fVariable\x1e""30\x1e""1\x1e$var\x1f""Field\x1e""34\x1e""1\x1e.Field\x1fSpace\x1e""40\x1e""1\x1e \x1f""Field\x1e""41\x1e""1\x1e.Method\x1fRightDelim\x1e""48\x1e""1\x1e}}\x1f""Eof\x1e""50\x1e""1\x1e"},
    {"{{$c := printf $ $hello $23 $ $var.Field .Method}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fVariable\x1e""2\x1e""1\x1e$c\x1fSpace\x1e""4\x1e""1\x1e \x1f""Declare\x1e""5\x1e""1\x1e:=\x1fSpace\x1e""7\x1e""1\x1e \x1fIdentifier\x1e""8\x1e""1\x1eprintf\x1fSpace\x1e""14\x1e""1\x1e \x1fVariable\x1e""15\x1e""1\x1e$\x1fSpace\x1e""16\x1e""1\x1e \x1fVariable\x1e""17\x1e""1\x1e$hello\x1fSpace\x1e""23\x1e""1\x1e \x1fVariable\x1e""24\x1e""1\x1e$23\x1fSpace\x1e""27\x1e""1\x1e \x1fVariable\x1e""28\x1e""1\x1e$\x1fSpace\x1e""29\x1e""1\x1e \x1fVariable\x1e""30\x1e""1\x1e$var\x1f""Field\x1e""34\x1e""1\x1e.Field\x1fSpace\x1e""40\x1e""1\x1e \x1f""Field\x1e""41\x1e""1\x1e.Method\x1fRightDelim\x1e""48\x1e""1\x1e}}\x1f""Eof\x1e""50\x1e""1\x1e"},
    {"{{$x 23}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fVariable\x1e""2\x1e""1\x1e$x\x1fSpace\x1e""4\x1e""1\x1e \x1fNumber\x1e""5\x1e""1\x1e""23\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{$x 23}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fVariable\x1e""2\x1e""1\x1e$x\x1fSpace\x1e""4\x1e""1\x1e \x1fNumber\x1e""5\x1e""1\x1e""23\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"intro {{echo hi 1.2 |noargs|args 1 \"hi\"}} outro", "", "", false,
     "Text\x1e""0\x1e""1\x1eintro \x1fLeftDelim\x1e""6\x1e""1\x1e{{\x1fIdentifier\x1e""8\x1e""1\x1e""echo\x1fSpace\x1e""12\x1e""1\x1e \x1fIdentifier\x1e""13\x1e""1\x1ehi\x1fSpace\x1e""15\x1e""1\x1e \x1fNumber\x1e""16\x1e""1\x1e""1.2\x1fSpace\x1e""19\x1e""1\x1e \x1fPipe\x1e""20\x1e""1\x1e|\x1fIdentifier\x1e""21\x1e""1\x1enoargs\x1fPipe\x1e""27\x1e""1\x1e|\x1fIdentifier\x1e""28\x1e""1\x1e""args\x1fSpace\x1e""32\x1e""1\x1e \x1fNumber\x1e""33\x1e""1\x1e""1\x1fSpace\x1e""34\x1e""1\x1e \x1fString\x1e""35\x1e""1\x1e\"hi\"\x1fRightDelim\x1e""39\x1e""1\x1e}}\x1fText\x1e""41\x1e""1\x1e outro\x1f""Eof\x1e""47\x1e""1\x1e"},
    {"intro {{echo hi 1.2 |noargs|args 1 \"hi\"}} outro", "", "", true,
     "Text\x1e""0\x1e""1\x1eintro \x1fLeftDelim\x1e""6\x1e""1\x1e{{\x1fIdentifier\x1e""8\x1e""1\x1e""echo\x1fSpace\x1e""12\x1e""1\x1e \x1fIdentifier\x1e""13\x1e""1\x1ehi\x1fSpace\x1e""15\x1e""1\x1e \x1fNumber\x1e""16\x1e""1\x1e""1.2\x1fSpace\x1e""19\x1e""1\x1e \x1fPipe\x1e""20\x1e""1\x1e|\x1fIdentifier\x1e""21\x1e""1\x1enoargs\x1fPipe\x1e""27\x1e""1\x1e|\x1fIdentifier\x1e""28\x1e""1\x1e""args\x1fSpace\x1e""32\x1e""1\x1e \x1fNumber\x1e""33\x1e""1\x1e""1\x1fSpace\x1e""34\x1e""1\x1e \x1fString\x1e""35\x1e""1\x1e\"hi\"\x1fRightDelim\x1e""39\x1e""1\x1e}}\x1fText\x1e""41\x1e""1\x1e outro\x1f""Eof\x1e""47\x1e""1\x1e"},
    {"{{$v := 3}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fVariable\x1e""2\x1e""1\x1e$v\x1fSpace\x1e""4\x1e""1\x1e \x1f""Declare\x1e""5\x1e""1\x1e:=\x1fSpace\x1e""7\x1e""1\x1e \x1fNumber\x1e""8\x1e""1\x1e""3\x1fRightDelim\x1e""9\x1e""1\x1e}}\x1f""Eof\x1e""11\x1e""1\x1e"},
    {"{{$v := 3}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fVariable\x1e""2\x1e""1\x1e$v\x1fSpace\x1e""4\x1e""1\x1e \x1f""Declare\x1e""5\x1e""1\x1e:=\x1fSpace\x1e""7\x1e""1\x1e \x1fNumber\x1e""8\x1e""1\x1e""3\x1fRightDelim\x1e""9\x1e""1\x1e}}\x1f""Eof\x1e""11\x1e""1\x1e"},
    {"{{$v , $w := 3}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fVariable\x1e""2\x1e""1\x1e$v\x1fSpace\x1e""4\x1e""1\x1e \x1f""Char\x1e""5\x1e""1\x1e,\x1fSpace\x1e""6\x1e""1\x1e \x1fVariable\x1e""7\x1e""1\x1e$w\x1fSpace\x1e""9\x1e""1\x1e \x1f""Declare\x1e""10\x1e""1\x1e:=\x1fSpace\x1e""12\x1e""1\x1e \x1fNumber\x1e""13\x1e""1\x1e""3\x1fRightDelim\x1e""14\x1e""1\x1e}}\x1f""Eof\x1e""16\x1e""1\x1e"},
    {"{{$v , $w := 3}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fVariable\x1e""2\x1e""1\x1e$v\x1fSpace\x1e""4\x1e""1\x1e \x1f""Char\x1e""5\x1e""1\x1e,\x1fSpace\x1e""6\x1e""1\x1e \x1fVariable\x1e""7\x1e""1\x1e$w\x1fSpace\x1e""9\x1e""1\x1e \x1f""Declare\x1e""10\x1e""1\x1e:=\x1fSpace\x1e""12\x1e""1\x1e \x1fNumber\x1e""13\x1e""1\x1e""3\x1fRightDelim\x1e""14\x1e""1\x1e}}\x1f""Eof\x1e""16\x1e""1\x1e"},
    {"{{(.X).Y}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fLeftParen\x1e""2\x1e""1\x1e(\x1f""Field\x1e""3\x1e""1\x1e.X\x1fRightParen\x1e""5\x1e""1\x1e)\x1f""Field\x1e""6\x1e""1\x1e.Y\x1fRightDelim\x1e""8\x1e""1\x1e}}\x1f""Eof\x1e""10\x1e""1\x1e"},
    {"{{(.X).Y}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fLeftParen\x1e""2\x1e""1\x1e(\x1f""Field\x1e""3\x1e""1\x1e.X\x1fRightParen\x1e""5\x1e""1\x1e)\x1f""Field\x1e""6\x1e""1\x1e.Y\x1fRightDelim\x1e""8\x1e""1\x1e}}\x1f""Eof\x1e""10\x1e""1\x1e"},
    {"hello- {{- 3 -}} -world", "", "", false,
     "Text\x1e""0\x1e""1\x1ehello-\x1fLeftDelim\x1e""7\x1e""1\x1e{{\x1fNumber\x1e""11\x1e""1\x1e""3\x1fRightDelim\x1e""14\x1e""1\x1e}}\x1fText\x1e""17\x1e""1\x1e-world\x1f""Eof\x1e""23\x1e""1\x1e"},
    {"hello- {{- 3 -}} -world", "", "", true,
     "Text\x1e""0\x1e""1\x1ehello-\x1fLeftDelim\x1e""7\x1e""1\x1e{{\x1fNumber\x1e""11\x1e""1\x1e""3\x1fRightDelim\x1e""14\x1e""1\x1e}}\x1fText\x1e""17\x1e""1\x1e-world\x1f""Eof\x1e""23\x1e""1\x1e"},
    {"hello- {{- /* hello */ -}} -world", "", "", false,
     "Text\x1e""0\x1e""1\x1ehello-\x1fText\x1e""27\x1e""1\x1e-world\x1f""Eof\x1e""33\x1e""1\x1e"},
    {"hello- {{- /* hello */ -}} -world", "", "", true,
     "Text\x1e""0\x1e""1\x1ehello-\x1f""Comment\x1e""11\x1e""1\x1e/* hello */\x1fText\x1e""27\x1e""1\x1e-world\x1f""Eof\x1e""33\x1e""1\x1e"},
    {"#{{\x01}}", "", "", false,
     "Text\x1e""0\x1e""1\x1e#\x1fLeftDelim\x1e""1\x1e""1\x1e{{\x1f""Error\x1e""3\x1e""1\x1eunrecognized character in action: U+0001"},
    {"#{{\x01}}", "", "", true,
     "Text\x1e""0\x1e""1\x1e#\x1fLeftDelim\x1e""1\x1e""1\x1e{{\x1f""Error\x1e""3\x1e""1\x1eunrecognized character in action: U+0001"},
    {"{{", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunclosed action"},
    {"{{", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunclosed action"},
    {"{{range", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fRange\x1e""2\x1e""1\x1erange\x1f""Error\x1e""7\x1e""1\x1eunclosed action"},
    {"{{range", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fRange\x1e""2\x1e""1\x1erange\x1f""Error\x1e""7\x1e""1\x1eunclosed action"},
    {"{{\"\n\"}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunterminated quoted string"},
    {"{{\"\n\"}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunterminated quoted string"},
    {"{{`xx}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunterminated raw quoted string"},
    {"{{`xx}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunterminated raw quoted string"},
    {"{{'\n}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunterminated character constant"},
    {"{{'\n}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunterminated character constant"},
    {"{{3k}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad number syntax: \"3k\""},
    {"{{3k}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad number syntax: \"3k\""},
    {"{{(3}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fLeftParen\x1e""2\x1e""1\x1e(\x1fNumber\x1e""3\x1e""1\x1e""3\x1f""Error\x1e""4\x1e""1\x1eunclosed left paren"},
    {"{{(3}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fLeftParen\x1e""2\x1e""1\x1e(\x1fNumber\x1e""3\x1e""1\x1e""3\x1f""Error\x1e""4\x1e""1\x1eunclosed left paren"},
    {"{{3)}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fNumber\x1e""2\x1e""1\x1e""3\x1f""Error\x1e""3\x1e""1\x1eunexpected right paren"},
    {"{{3)}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fNumber\x1e""2\x1e""1\x1e""3\x1f""Error\x1e""3\x1e""1\x1eunexpected right paren"},
    {"{{|||||}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fPipe\x1e""2\x1e""1\x1e|\x1fPipe\x1e""3\x1e""1\x1e|\x1fPipe\x1e""4\x1e""1\x1e|\x1fPipe\x1e""5\x1e""1\x1e|\x1fPipe\x1e""6\x1e""1\x1e|\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{|||||}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fPipe\x1e""2\x1e""1\x1e|\x1fPipe\x1e""3\x1e""1\x1e|\x1fPipe\x1e""4\x1e""1\x1e|\x1fPipe\x1e""5\x1e""1\x1e|\x1fPipe\x1e""6\x1e""1\x1e|\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"hello-{{/*/}}-world", "", "", false,
     "Text\x1e""0\x1e""1\x1ehello-\x1f""Error\x1e""8\x1e""1\x1eunclosed comment"},
    {"hello-{{/*/}}-world", "", "", true,
     "Text\x1e""0\x1e""1\x1ehello-\x1f""Error\x1e""8\x1e""1\x1eunclosed comment"},
    {"hello-{{/* */ }}-world", "", "", false,
     "Text\x1e""0\x1e""1\x1ehello-\x1f""Error\x1e""8\x1e""1\x1e""comment ends before closing delimiter"},
    {"hello-{{/* */ }}-world", "", "", true,
     "Text\x1e""0\x1e""1\x1ehello-\x1f""Error\x1e""8\x1e""1\x1e""comment ends before closing delimiter"},
    {"hello-{.}}-world", "", "", false,
     "Text\x1e""0\x1e""1\x1ehello-{.}}-world\x1f""Eof\x1e""16\x1e""1\x1e"},
    {"hello-{.}}-world", "", "", true,
     "Text\x1e""0\x1e""1\x1ehello-{.}}-world\x1f""Eof\x1e""16\x1e""1\x1e"},
    {"{{,@%#}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Char\x1e""2\x1e""1\x1e,\x1f""Char\x1e""3\x1e""1\x1e@\x1f""Char\x1e""4\x1e""1\x1e%\x1f""Char\x1e""5\x1e""1\x1e#\x1fRightDelim\x1e""6\x1e""1\x1e}}\x1f""Eof\x1e""8\x1e""1\x1e"},
    {"{{,@%#}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Char\x1e""2\x1e""1\x1e,\x1f""Char\x1e""3\x1e""1\x1e@\x1f""Char\x1e""4\x1e""1\x1e%\x1f""Char\x1e""5\x1e""1\x1e#\x1fRightDelim\x1e""6\x1e""1\x1e}}\x1f""Eof\x1e""8\x1e""1\x1e"},
    {"0123{{hello}}xyz", "", "", false,
     "Text\x1e""0\x1e""1\x1e""0123\x1fLeftDelim\x1e""4\x1e""1\x1e{{\x1fIdentifier\x1e""6\x1e""1\x1ehello\x1fRightDelim\x1e""11\x1e""1\x1e}}\x1fText\x1e""13\x1e""1\x1exyz\x1f""Eof\x1e""16\x1e""1\x1e"},
    {"0123{{hello}}xyz", "", "", true,
     "Text\x1e""0\x1e""1\x1e""0123\x1fLeftDelim\x1e""4\x1e""1\x1e{{\x1fIdentifier\x1e""6\x1e""1\x1ehello\x1fRightDelim\x1e""11\x1e""1\x1e}}\x1fText\x1e""13\x1e""1\x1exyz\x1f""Eof\x1e""16\x1e""1\x1e"},
    {"{{x -}}\n{{y}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fIdentifier\x1e""2\x1e""1\x1ex\x1fRightDelim\x1e""5\x1e""1\x1e}}\x1fLeftDelim\x1e""8\x1e""2\x1e{{\x1fIdentifier\x1e""10\x1e""2\x1ey\x1fRightDelim\x1e""11\x1e""2\x1e}}\x1f""Eof\x1e""13\x1e""2\x1e"},
    {"{{x -}}\n{{y}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fIdentifier\x1e""2\x1e""1\x1ex\x1fRightDelim\x1e""5\x1e""1\x1e}}\x1fLeftDelim\x1e""8\x1e""2\x1e{{\x1fIdentifier\x1e""10\x1e""2\x1ey\x1fRightDelim\x1e""11\x1e""2\x1e}}\x1f""Eof\x1e""13\x1e""2\x1e"},
    {"{{x}}\n{{- y}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fIdentifier\x1e""2\x1e""1\x1ex\x1fRightDelim\x1e""3\x1e""1\x1e}}\x1fLeftDelim\x1e""6\x1e""2\x1e{{\x1fIdentifier\x1e""10\x1e""2\x1ey\x1fRightDelim\x1e""11\x1e""2\x1e}}\x1f""Eof\x1e""13\x1e""2\x1e"},
    {"{{x}}\n{{- y}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fIdentifier\x1e""2\x1e""1\x1ex\x1fRightDelim\x1e""3\x1e""1\x1e}}\x1fLeftDelim\x1e""6\x1e""2\x1e{{\x1fIdentifier\x1e""10\x1e""2\x1ey\x1fRightDelim\x1e""11\x1e""2\x1e}}\x1f""Eof\x1e""13\x1e""2\x1e"},
    {"{{break continue define block template}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Break\x1e""2\x1e""1\x1e""break\x1fSpace\x1e""7\x1e""1\x1e \x1f""Continue\x1e""8\x1e""1\x1e""continue\x1fSpace\x1e""16\x1e""1\x1e \x1f""Define\x1e""17\x1e""1\x1e""define\x1fSpace\x1e""23\x1e""1\x1e \x1f""Block\x1e""24\x1e""1\x1e""block\x1fSpace\x1e""29\x1e""1\x1e \x1fTemplate\x1e""30\x1e""1\x1etemplate\x1fRightDelim\x1e""38\x1e""1\x1e}}\x1f""Eof\x1e""40\x1e""1\x1e"},
    {"{{break continue define block template}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Break\x1e""2\x1e""1\x1e""break\x1fSpace\x1e""7\x1e""1\x1e \x1f""Continue\x1e""8\x1e""1\x1e""continue\x1fSpace\x1e""16\x1e""1\x1e \x1f""Define\x1e""17\x1e""1\x1e""define\x1fSpace\x1e""23\x1e""1\x1e \x1f""Block\x1e""24\x1e""1\x1e""block\x1fSpace\x1e""29\x1e""1\x1e \x1fTemplate\x1e""30\x1e""1\x1etemplate\x1fRightDelim\x1e""38\x1e""1\x1e}}\x1f""Eof\x1e""40\x1e""1\x1e"},
    {"{{a=b}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+003D '='"},
    {"{{a=b}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+003D '='"},
    {"{{a:b}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fIdentifier\x1e""2\x1e""1\x1e""a\x1f""Error\x1e""3\x1e""1\x1e""expected :="},
    {"{{a:b}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fIdentifier\x1e""2\x1e""1\x1e""a\x1f""Error\x1e""3\x1e""1\x1e""expected :="},
    {"{{a :b}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fIdentifier\x1e""2\x1e""1\x1e""a\x1fSpace\x1e""3\x1e""1\x1e \x1f""Error\x1e""4\x1e""1\x1e""expected :="},
    {"{{a :b}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fIdentifier\x1e""2\x1e""1\x1e""a\x1fSpace\x1e""3\x1e""1\x1e \x1f""Error\x1e""4\x1e""1\x1e""expected :="},
    {"{{$x:=1}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fVariable\x1e""2\x1e""1\x1e$x\x1f""Declare\x1e""4\x1e""1\x1e:=\x1fNumber\x1e""6\x1e""1\x1e""1\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{$x:=1}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fVariable\x1e""2\x1e""1\x1e$x\x1f""Declare\x1e""4\x1e""1\x1e:=\x1fNumber\x1e""6\x1e""1\x1e""1\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{ -}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fRightDelim\x1e""4\x1e""1\x1e}}\x1f""Eof\x1e""6\x1e""1\x1e"},
    {"{{ -}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fRightDelim\x1e""4\x1e""1\x1e}}\x1f""Eof\x1e""6\x1e""1\x1e"},
    {"{{- -}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fNumber\x1e""4\x1e""1\x1e-\x1fRightDelim\x1e""5\x1e""1\x1e}}\x1f""Eof\x1e""7\x1e""1\x1e"},
    {"{{- -}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fNumber\x1e""4\x1e""1\x1e-\x1fRightDelim\x1e""5\x1e""1\x1e}}\x1f""Eof\x1e""7\x1e""1\x1e"},
    {"{{ \n -}}\n\nx", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fSpace\x1e""2\x1e""1\x1e \n\x1fRightDelim\x1e""6\x1e""2\x1e}}\x1fText\x1e""10\x1e""4\x1ex\x1f""Eof\x1e""11\x1e""4\x1e"},
    {"{{ \n -}}\n\nx", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fSpace\x1e""2\x1e""1\x1e \n\x1fRightDelim\x1e""6\x1e""2\x1e}}\x1fText\x1e""10\x1e""4\x1ex\x1f""Eof\x1e""11\x1e""4\x1e"},
    {"a\n\n{{- \n/* x\ny */ \n-}}\n\nb\n{{.X}}", "", "", false,
     "Text\x1e""0\x1e""1\x1e""a\x1fLeftDelim\x1e""3\x1e""3\x1e{{\x1fSpace\x1e""7\x1e""3\x1e\n\x1f""Char\x1e""8\x1e""4\x1e/\x1f""Char\x1e""9\x1e""4\x1e*\x1fSpace\x1e""10\x1e""4\x1e \x1fIdentifier\x1e""11\x1e""4\x1ex\x1fSpace\x1e""12\x1e""4\x1e\n\x1fIdentifier\x1e""13\x1e""5\x1ey\x1fSpace\x1e""14\x1e""5\x1e \x1f""Char\x1e""15\x1e""5\x1e*\x1f""Char\x1e""16\x1e""5\x1e/\x1fSpace\x1e""17\x1e""5\x1e \x1fRightDelim\x1e""20\x1e""6\x1e}}\x1fText\x1e""24\x1e""8\x1e""b\n\x1fLeftDelim\x1e""26\x1e""9\x1e{{\x1f""Field\x1e""28\x1e""9\x1e.X\x1fRightDelim\x1e""30\x1e""9\x1e}}\x1f""Eof\x1e""32\x1e""9\x1e"},
    {"a\n\n{{- \n/* x\ny */ \n-}}\n\nb\n{{.X}}", "", "", true,
     "Text\x1e""0\x1e""1\x1e""a\x1fLeftDelim\x1e""3\x1e""3\x1e{{\x1fSpace\x1e""7\x1e""3\x1e\n\x1f""Char\x1e""8\x1e""4\x1e/\x1f""Char\x1e""9\x1e""4\x1e*\x1fSpace\x1e""10\x1e""4\x1e \x1fIdentifier\x1e""11\x1e""4\x1ex\x1fSpace\x1e""12\x1e""4\x1e\n\x1fIdentifier\x1e""13\x1e""5\x1ey\x1fSpace\x1e""14\x1e""5\x1e \x1f""Char\x1e""15\x1e""5\x1e*\x1f""Char\x1e""16\x1e""5\x1e/\x1fSpace\x1e""17\x1e""5\x1e \x1fRightDelim\x1e""20\x1e""6\x1e}}\x1fText\x1e""24\x1e""8\x1e""b\n\x1fLeftDelim\x1e""26\x1e""9\x1e{{\x1f""Field\x1e""28\x1e""9\x1e.X\x1fRightDelim\x1e""30\x1e""9\x1e}}\x1f""Eof\x1e""32\x1e""9\x1e"},
    {"{{/*\n*/}}\n{{x}}", "", "", false,
     "Text\x1e""9\x1e""2\x1e\n\x1fLeftDelim\x1e""10\x1e""3\x1e{{\x1fIdentifier\x1e""12\x1e""3\x1ex\x1fRightDelim\x1e""13\x1e""3\x1e}}\x1f""Eof\x1e""15\x1e""3\x1e"},
    {"{{/*\n*/}}\n{{x}}", "", "", true,
     "Comment\x1e""2\x1e""1\x1e/*\n*/\x1fText\x1e""9\x1e""2\x1e\n\x1fLeftDelim\x1e""10\x1e""3\x1e{{\x1fIdentifier\x1e""12\x1e""3\x1ex\x1fRightDelim\x1e""13\x1e""3\x1e}}\x1f""Eof\x1e""15\x1e""3\x1e"},
    {"{{\"\\\n\"}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunterminated quoted string"},
    {"{{\"\\\n\"}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunterminated quoted string"},
    {"{{'\\\n'}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunterminated character constant"},
    {"{{'\\\n'}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunterminated character constant"},
    {"{{`a\nb` x}}\n{{y}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fRawString\x1e""2\x1e""1\x1e`a\nb`\x1fSpace\x1e""7\x1e""2\x1e \x1fIdentifier\x1e""8\x1e""2\x1ex\x1fRightDelim\x1e""9\x1e""2\x1e}}\x1fText\x1e""11\x1e""2\x1e\n\x1fLeftDelim\x1e""12\x1e""3\x1e{{\x1fIdentifier\x1e""14\x1e""3\x1ey\x1fRightDelim\x1e""15\x1e""3\x1e}}\x1f""Eof\x1e""17\x1e""3\x1e"},
    {"{{`a\nb` x}}\n{{y}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fRawString\x1e""2\x1e""1\x1e`a\nb`\x1fSpace\x1e""7\x1e""2\x1e \x1fIdentifier\x1e""8\x1e""2\x1ex\x1fRightDelim\x1e""9\x1e""2\x1e}}\x1fText\x1e""11\x1e""2\x1e\n\x1fLeftDelim\x1e""12\x1e""3\x1e{{\x1fIdentifier\x1e""14\x1e""3\x1ey\x1fRightDelim\x1e""15\x1e""3\x1e}}\x1f""Eof\x1e""17\x1e""3\x1e"},
    {"{{0b101 0o17 0O17 0B1 0x_F 1_000.5 .5e3 0x.8p1 0X1P-2 1E+2i 08}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fNumber\x1e""2\x1e""1\x1e""0b101\x1fSpace\x1e""7\x1e""1\x1e \x1fNumber\x1e""8\x1e""1\x1e""0o17\x1fSpace\x1e""12\x1e""1\x1e \x1fNumber\x1e""13\x1e""1\x1e""0O17\x1fSpace\x1e""17\x1e""1\x1e \x1fNumber\x1e""18\x1e""1\x1e""0B1\x1fSpace\x1e""21\x1e""1\x1e \x1fNumber\x1e""22\x1e""1\x1e""0x_F\x1fSpace\x1e""26\x1e""1\x1e \x1fNumber\x1e""27\x1e""1\x1e""1_000.5\x1fSpace\x1e""34\x1e""1\x1e \x1fNumber\x1e""35\x1e""1\x1e.5e3\x1fSpace\x1e""39\x1e""1\x1e \x1fNumber\x1e""40\x1e""1\x1e""0x.8p1\x1fSpace\x1e""46\x1e""1\x1e \x1fNumber\x1e""47\x1e""1\x1e""0X1P-2\x1fSpace\x1e""53\x1e""1\x1e \x1fNumber\x1e""54\x1e""1\x1e""1E+2i\x1fSpace\x1e""59\x1e""1\x1e \x1fNumber\x1e""60\x1e""1\x1e""08\x1fRightDelim\x1e""62\x1e""1\x1e}}\x1f""Eof\x1e""64\x1e""1\x1e"},
    {"{{0b101 0o17 0O17 0B1 0x_F 1_000.5 .5e3 0x.8p1 0X1P-2 1E+2i 08}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fNumber\x1e""2\x1e""1\x1e""0b101\x1fSpace\x1e""7\x1e""1\x1e \x1fNumber\x1e""8\x1e""1\x1e""0o17\x1fSpace\x1e""12\x1e""1\x1e \x1fNumber\x1e""13\x1e""1\x1e""0O17\x1fSpace\x1e""17\x1e""1\x1e \x1fNumber\x1e""18\x1e""1\x1e""0B1\x1fSpace\x1e""21\x1e""1\x1e \x1fNumber\x1e""22\x1e""1\x1e""0x_F\x1fSpace\x1e""26\x1e""1\x1e \x1fNumber\x1e""27\x1e""1\x1e""1_000.5\x1fSpace\x1e""34\x1e""1\x1e \x1fNumber\x1e""35\x1e""1\x1e.5e3\x1fSpace\x1e""39\x1e""1\x1e \x1fNumber\x1e""40\x1e""1\x1e""0x.8p1\x1fSpace\x1e""46\x1e""1\x1e \x1fNumber\x1e""47\x1e""1\x1e""0X1P-2\x1fSpace\x1e""53\x1e""1\x1e \x1fNumber\x1e""54\x1e""1\x1e""1E+2i\x1fSpace\x1e""59\x1e""1\x1e \x1fNumber\x1e""60\x1e""1\x1e""08\x1fRightDelim\x1e""62\x1e""1\x1e}}\x1f""Eof\x1e""64\x1e""1\x1e"},
    {"{{1+2i+3}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Complex\x1e""2\x1e""1\x1e""1+2i\x1fNumber\x1e""6\x1e""1\x1e+3\x1fRightDelim\x1e""8\x1e""1\x1e}}\x1f""Eof\x1e""10\x1e""1\x1e"},
    {"{{1+2i+3}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Complex\x1e""2\x1e""1\x1e""1+2i\x1fNumber\x1e""6\x1e""1\x1e+3\x1fRightDelim\x1e""8\x1e""1\x1e}}\x1f""Eof\x1e""10\x1e""1\x1e"},
    {"{{1+x}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad number syntax: \"1+x\""},
    {"{{1+x}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad number syntax: \"1+x\""},
    {"{{1-2}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad number syntax: \"1-2\""},
    {"{{1-2}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad number syntax: \"1-2\""},
    {"{{1.2.3}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fNumber\x1e""2\x1e""1\x1e""1.2\x1fNumber\x1e""5\x1e""1\x1e.3\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{1.2.3}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fNumber\x1e""2\x1e""1\x1e""1.2\x1fNumber\x1e""5\x1e""1\x1e.3\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{0x1.2}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fNumber\x1e""2\x1e""1\x1e""0x1.2\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{0x1.2}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fNumber\x1e""2\x1e""1\x1e""0x1.2\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{0x1p}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fNumber\x1e""2\x1e""1\x1e""0x1p\x1fRightDelim\x1e""6\x1e""1\x1e}}\x1f""Eof\x1e""8\x1e""1\x1e"},
    {"{{0x1p}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fNumber\x1e""2\x1e""1\x1e""0x1p\x1fRightDelim\x1e""6\x1e""1\x1e}}\x1f""Eof\x1e""8\x1e""1\x1e"},
    {"{{1e5e5}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad number syntax: \"1e5e\""},
    {"{{1e5e5}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad number syntax: \"1e5e\""},
    {"{{+-1}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad number syntax: \"+-1\""},
    {"{{+-1}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad number syntax: \"+-1\""},
    {"{{--1}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad number syntax: \"--1\""},
    {"{{--1}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad number syntax: \"--1\""},
    {"{{1ii}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad number syntax: \"1ii\""},
    {"{{1ii}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad number syntax: \"1ii\""},
    {"{{é ü.x $ö}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fIdentifier\x1e""2\x1e""1\x1eé\x1fSpace\x1e""4\x1e""1\x1e \x1fIdentifier\x1e""5\x1e""1\x1eü\x1f""Field\x1e""7\x1e""1\x1e.x\x1fSpace\x1e""9\x1e""1\x1e \x1fVariable\x1e""10\x1e""1\x1e$ö\x1fRightDelim\x1e""13\x1e""1\x1e}}\x1f""Eof\x1e""15\x1e""1\x1e"},
    {"{{é ü.x $ö}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fIdentifier\x1e""2\x1e""1\x1eé\x1fSpace\x1e""4\x1e""1\x1e \x1fIdentifier\x1e""5\x1e""1\x1eü\x1f""Field\x1e""7\x1e""1\x1e.x\x1fSpace\x1e""9\x1e""1\x1e \x1fVariable\x1e""10\x1e""1\x1e$ö\x1fRightDelim\x1e""13\x1e""1\x1e}}\x1f""Eof\x1e""15\x1e""1\x1e"},
    {"{{.X€}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+20AC '€'"},
    {"{{.X€}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+20AC '€'"},
    {"{{\xff}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{\xff}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{.X\xff}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"{{.X\xff}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"{{a\xff}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"{{a\xff}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"{{$x\xff}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"{{$x\xff}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"{{ \xe2\x82 }}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fSpace\x1e""2\x1e""1\x1e \x1f""Error\x1e""3\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{ \xe2\x82 }}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fSpace\x1e""2\x1e""1\x1e \x1f""Error\x1e""3\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"\xe2\x82{{", "", "", false,
     "Text\x1e""0\x1e""1\x1e\xe2\x82\x1fLeftDelim\x1e""2\x1e""1\x1e{{\x1f""Error\x1e""4\x1e""1\x1eunclosed action"},
    {"\xe2\x82{{", "", "", true,
     "Text\x1e""0\x1e""1\x1e\xe2\x82\x1fLeftDelim\x1e""2\x1e""1\x1e{{\x1f""Error\x1e""4\x1e""1\x1eunclosed action"},
    {"{{.X.Y$}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Field\x1e""2\x1e""1\x1e.X\x1f""Error\x1e""4\x1e""1\x1e""bad character U+0024 '$'"},
    {"{{.X.Y$}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Field\x1e""2\x1e""1\x1e.X\x1f""Error\x1e""4\x1e""1\x1e""bad character U+0024 '$'"},
    {"{{$x.Y}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fVariable\x1e""2\x1e""1\x1e$x\x1f""Field\x1e""4\x1e""1\x1e.Y\x1fRightDelim\x1e""6\x1e""1\x1e}}\x1f""Eof\x1e""8\x1e""1\x1e"},
    {"{{$x.Y}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fVariable\x1e""2\x1e""1\x1e$x\x1f""Field\x1e""4\x1e""1\x1e.Y\x1fRightDelim\x1e""6\x1e""1\x1e}}\x1f""Eof\x1e""8\x1e""1\x1e"},
    {"{{$.Y}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fVariable\x1e""2\x1e""1\x1e$\x1f""Field\x1e""3\x1e""1\x1e.Y\x1fRightDelim\x1e""5\x1e""1\x1e}}\x1f""Eof\x1e""7\x1e""1\x1e"},
    {"{{$.Y}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fVariable\x1e""2\x1e""1\x1e$\x1f""Field\x1e""3\x1e""1\x1e.Y\x1fRightDelim\x1e""5\x1e""1\x1e}}\x1f""Eof\x1e""7\x1e""1\x1e"},
    {"{{$.}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fVariable\x1e""2\x1e""1\x1e$\x1f""Dot\x1e""3\x1e""1\x1e.\x1fRightDelim\x1e""4\x1e""1\x1e}}\x1f""Eof\x1e""6\x1e""1\x1e"},
    {"{{$.}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fVariable\x1e""2\x1e""1\x1e$\x1f""Dot\x1e""3\x1e""1\x1e.\x1fRightDelim\x1e""4\x1e""1\x1e}}\x1f""Eof\x1e""6\x1e""1\x1e"},
    {"{{.}}x", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Dot\x1e""2\x1e""1\x1e.\x1fRightDelim\x1e""3\x1e""1\x1e}}\x1fText\x1e""5\x1e""1\x1ex\x1f""Eof\x1e""6\x1e""1\x1e"},
    {"{{.}}x", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Dot\x1e""2\x1e""1\x1e.\x1fRightDelim\x1e""3\x1e""1\x1e}}\x1fText\x1e""5\x1e""1\x1ex\x1f""Eof\x1e""6\x1e""1\x1e"},
    {"{{..}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Dot\x1e""2\x1e""1\x1e.\x1f""Dot\x1e""3\x1e""1\x1e.\x1fRightDelim\x1e""4\x1e""1\x1e}}\x1f""Eof\x1e""6\x1e""1\x1e"},
    {"{{..}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Dot\x1e""2\x1e""1\x1e.\x1f""Dot\x1e""3\x1e""1\x1e.\x1fRightDelim\x1e""4\x1e""1\x1e}}\x1f""Eof\x1e""6\x1e""1\x1e"},
    {"{{.X(}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Field\x1e""2\x1e""1\x1e.X\x1fLeftParen\x1e""4\x1e""1\x1e(\x1f""Error\x1e""5\x1e""1\x1eunclosed left paren"},
    {"{{.X(}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Field\x1e""2\x1e""1\x1e.X\x1fLeftParen\x1e""4\x1e""1\x1e(\x1f""Error\x1e""5\x1e""1\x1eunclosed left paren"},
    {"{{x(}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fIdentifier\x1e""2\x1e""1\x1ex\x1fLeftParen\x1e""3\x1e""1\x1e(\x1f""Error\x1e""4\x1e""1\x1eunclosed left paren"},
    {"{{x(}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fIdentifier\x1e""2\x1e""1\x1ex\x1fLeftParen\x1e""3\x1e""1\x1e(\x1f""Error\x1e""4\x1e""1\x1eunclosed left paren"},
    {"{{.X\xc3}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"{{.X\xc3}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"x\xc3{{\xc3", "", "", false,
     "Text\x1e""0\x1e""1\x1ex\xc3\x1fLeftDelim\x1e""2\x1e""1\x1e{{\x1f""Error\x1e""4\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"x\xc3{{\xc3", "", "", true,
     "Text\x1e""0\x1e""1\x1ex\xc3\x1fLeftDelim\x1e""2\x1e""1\x1e{{\x1f""Error\x1e""4\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{'\xc3'}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""CharConstant\x1e""2\x1e""1\x1e'\xc3'\x1fRightDelim\x1e""5\x1e""1\x1e}}\x1f""Eof\x1e""7\x1e""1\x1e"},
    {"{{'\xc3'}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""CharConstant\x1e""2\x1e""1\x1e'\xc3'\x1fRightDelim\x1e""5\x1e""1\x1e}}\x1f""Eof\x1e""7\x1e""1\x1e"},
    {"{{\"\xc3\"}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fString\x1e""2\x1e""1\x1e\"\xc3\"\x1fRightDelim\x1e""5\x1e""1\x1e}}\x1f""Eof\x1e""7\x1e""1\x1e"},
    {"{{\"\xc3\"}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fString\x1e""2\x1e""1\x1e\"\xc3\"\x1fRightDelim\x1e""5\x1e""1\x1e}}\x1f""Eof\x1e""7\x1e""1\x1e"},
    {"{{\xc3 }}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{\xc3 }}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{.X\x80}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"{{.X\x80}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"x\x80{{\x80", "", "", false,
     "Text\x1e""0\x1e""1\x1ex\x80\x1fLeftDelim\x1e""2\x1e""1\x1e{{\x1f""Error\x1e""4\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"x\x80{{\x80", "", "", true,
     "Text\x1e""0\x1e""1\x1ex\x80\x1fLeftDelim\x1e""2\x1e""1\x1e{{\x1f""Error\x1e""4\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{'\x80'}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""CharConstant\x1e""2\x1e""1\x1e'\x80'\x1fRightDelim\x1e""5\x1e""1\x1e}}\x1f""Eof\x1e""7\x1e""1\x1e"},
    {"{{'\x80'}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""CharConstant\x1e""2\x1e""1\x1e'\x80'\x1fRightDelim\x1e""5\x1e""1\x1e}}\x1f""Eof\x1e""7\x1e""1\x1e"},
    {"{{\"\x80\"}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fString\x1e""2\x1e""1\x1e\"\x80\"\x1fRightDelim\x1e""5\x1e""1\x1e}}\x1f""Eof\x1e""7\x1e""1\x1e"},
    {"{{\"\x80\"}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fString\x1e""2\x1e""1\x1e\"\x80\"\x1fRightDelim\x1e""5\x1e""1\x1e}}\x1f""Eof\x1e""7\x1e""1\x1e"},
    {"{{\x80 }}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{\x80 }}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{.Xa\xc3""b}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"{{.Xa\xc3""b}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"xa\xc3""b{{a\xc3""b", "", "", false,
     "Text\x1e""0\x1e""1\x1exa\xc3""b\x1fLeftDelim\x1e""4\x1e""1\x1e{{\x1f""Error\x1e""6\x1e""1\x1e""bad character U+FFFD '�'"},
    {"xa\xc3""b{{a\xc3""b", "", "", true,
     "Text\x1e""0\x1e""1\x1exa\xc3""b\x1fLeftDelim\x1e""4\x1e""1\x1e{{\x1f""Error\x1e""6\x1e""1\x1e""bad character U+FFFD '�'"},
    {"{{'a\xc3""b'}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""CharConstant\x1e""2\x1e""1\x1e'a\xc3""b'\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{'a\xc3""b'}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""CharConstant\x1e""2\x1e""1\x1e'a\xc3""b'\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{\"a\xc3""b\"}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fString\x1e""2\x1e""1\x1e\"a\xc3""b\"\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{\"a\xc3""b\"}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fString\x1e""2\x1e""1\x1e\"a\xc3""b\"\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{a\xc3""b }}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"{{a\xc3""b }}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"{{.X\xc0\x80}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"{{.X\xc0\x80}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"x\xc0\x80{{\xc0\x80", "", "", false,
     "Text\x1e""0\x1e""1\x1ex\xc0\x80\x1fLeftDelim\x1e""3\x1e""1\x1e{{\x1f""Error\x1e""5\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"x\xc0\x80{{\xc0\x80", "", "", true,
     "Text\x1e""0\x1e""1\x1ex\xc0\x80\x1fLeftDelim\x1e""3\x1e""1\x1e{{\x1f""Error\x1e""5\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{'\xc0\x80'}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""CharConstant\x1e""2\x1e""1\x1e'\xc0\x80'\x1fRightDelim\x1e""6\x1e""1\x1e}}\x1f""Eof\x1e""8\x1e""1\x1e"},
    {"{{'\xc0\x80'}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""CharConstant\x1e""2\x1e""1\x1e'\xc0\x80'\x1fRightDelim\x1e""6\x1e""1\x1e}}\x1f""Eof\x1e""8\x1e""1\x1e"},
    {"{{\"\xc0\x80\"}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fString\x1e""2\x1e""1\x1e\"\xc0\x80\"\x1fRightDelim\x1e""6\x1e""1\x1e}}\x1f""Eof\x1e""8\x1e""1\x1e"},
    {"{{\"\xc0\x80\"}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fString\x1e""2\x1e""1\x1e\"\xc0\x80\"\x1fRightDelim\x1e""6\x1e""1\x1e}}\x1f""Eof\x1e""8\x1e""1\x1e"},
    {"{{\xc0\x80 }}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{\xc0\x80 }}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{.X\xed\xa0\x80}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"{{.X\xed\xa0\x80}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"x\xed\xa0\x80{{\xed\xa0\x80", "", "", false,
     "Text\x1e""0\x1e""1\x1ex\xed\xa0\x80\x1fLeftDelim\x1e""4\x1e""1\x1e{{\x1f""Error\x1e""6\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"x\xed\xa0\x80{{\xed\xa0\x80", "", "", true,
     "Text\x1e""0\x1e""1\x1ex\xed\xa0\x80\x1fLeftDelim\x1e""4\x1e""1\x1e{{\x1f""Error\x1e""6\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{'\xed\xa0\x80'}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""CharConstant\x1e""2\x1e""1\x1e'\xed\xa0\x80'\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{'\xed\xa0\x80'}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""CharConstant\x1e""2\x1e""1\x1e'\xed\xa0\x80'\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{\"\xed\xa0\x80\"}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fString\x1e""2\x1e""1\x1e\"\xed\xa0\x80\"\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{\"\xed\xa0\x80\"}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fString\x1e""2\x1e""1\x1e\"\xed\xa0\x80\"\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{\xed\xa0\x80 }}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{\xed\xa0\x80 }}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{.X\xf4\x90\x80\x80}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"{{.X\xf4\x90\x80\x80}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"x\xf4\x90\x80\x80{{\xf4\x90\x80\x80", "", "", false,
     "Text\x1e""0\x1e""1\x1ex\xf4\x90\x80\x80\x1fLeftDelim\x1e""5\x1e""1\x1e{{\x1f""Error\x1e""7\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"x\xf4\x90\x80\x80{{\xf4\x90\x80\x80", "", "", true,
     "Text\x1e""0\x1e""1\x1ex\xf4\x90\x80\x80\x1fLeftDelim\x1e""5\x1e""1\x1e{{\x1f""Error\x1e""7\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{'\xf4\x90\x80\x80'}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""CharConstant\x1e""2\x1e""1\x1e'\xf4\x90\x80\x80'\x1fRightDelim\x1e""8\x1e""1\x1e}}\x1f""Eof\x1e""10\x1e""1\x1e"},
    {"{{'\xf4\x90\x80\x80'}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""CharConstant\x1e""2\x1e""1\x1e'\xf4\x90\x80\x80'\x1fRightDelim\x1e""8\x1e""1\x1e}}\x1f""Eof\x1e""10\x1e""1\x1e"},
    {"{{\"\xf4\x90\x80\x80\"}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fString\x1e""2\x1e""1\x1e\"\xf4\x90\x80\x80\"\x1fRightDelim\x1e""8\x1e""1\x1e}}\x1f""Eof\x1e""10\x1e""1\x1e"},
    {"{{\"\xf4\x90\x80\x80\"}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fString\x1e""2\x1e""1\x1e\"\xf4\x90\x80\x80\"\x1fRightDelim\x1e""8\x1e""1\x1e}}\x1f""Eof\x1e""10\x1e""1\x1e"},
    {"{{\xf4\x90\x80\x80 }}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{\xf4\x90\x80\x80 }}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{.X\xf0\x9f\x98}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"{{.X\xf0\x9f\x98}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+FFFD '�'"},
    {"x\xf0\x9f\x98{{\xf0\x9f\x98", "", "", false,
     "Text\x1e""0\x1e""1\x1ex\xf0\x9f\x98\x1fLeftDelim\x1e""4\x1e""1\x1e{{\x1f""Error\x1e""6\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"x\xf0\x9f\x98{{\xf0\x9f\x98", "", "", true,
     "Text\x1e""0\x1e""1\x1ex\xf0\x9f\x98\x1fLeftDelim\x1e""4\x1e""1\x1e{{\x1f""Error\x1e""6\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{'\xf0\x9f\x98'}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""CharConstant\x1e""2\x1e""1\x1e'\xf0\x9f\x98'\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{'\xf0\x9f\x98'}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""CharConstant\x1e""2\x1e""1\x1e'\xf0\x9f\x98'\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{\"\xf0\x9f\x98\"}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fString\x1e""2\x1e""1\x1e\"\xf0\x9f\x98\"\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{\"\xf0\x9f\x98\"}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fString\x1e""2\x1e""1\x1e\"\xf0\x9f\x98\"\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"{{\xf0\x9f\x98 }}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"{{\xf0\x9f\x98 }}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1eunrecognized character in action: U+FFFD '�'"},
    {"$$,@%{{}}@@", "$$", "@@", false,
     "LeftDelim\x1e""0\x1e""1\x1e$$\x1f""Char\x1e""2\x1e""1\x1e,\x1f""Char\x1e""3\x1e""1\x1e@\x1f""Char\x1e""4\x1e""1\x1e%\x1f""Char\x1e""5\x1e""1\x1e{\x1f""Char\x1e""6\x1e""1\x1e{\x1f""Char\x1e""7\x1e""1\x1e}\x1f""Char\x1e""8\x1e""1\x1e}\x1fRightDelim\x1e""9\x1e""1\x1e@@\x1f""Eof\x1e""11\x1e""1\x1e"},
    {"$$@@", "$$", "@@", false,
     "LeftDelim\x1e""0\x1e""1\x1e$$\x1fRightDelim\x1e""2\x1e""1\x1e@@\x1f""Eof\x1e""4\x1e""1\x1e"},
    {"$$for@@", "$$", "@@", false,
     "LeftDelim\x1e""0\x1e""1\x1e$$\x1fIdentifier\x1e""2\x1e""1\x1e""for\x1fRightDelim\x1e""5\x1e""1\x1e@@\x1f""Eof\x1e""7\x1e""1\x1e"},
    {"$$\"abc \\n\\t\\\" \"@@", "$$", "@@", false,
     "LeftDelim\x1e""0\x1e""1\x1e$$\x1fString\x1e""2\x1e""1\x1e\"abc \\n\\t\\\" \"\x1fRightDelim\x1e""15\x1e""1\x1e@@\x1f""Eof\x1e""17\x1e""1\x1e"},
    {"{{hub .host hub}}", "{{hub", "hub}}", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{hub\x1fSpace\x1e""5\x1e""1\x1e \x1f""Field\x1e""6\x1e""1\x1e.host\x1fSpace\x1e""11\x1e""1\x1e \x1fRightDelim\x1e""12\x1e""1\x1ehub}}\x1f""Eof\x1e""17\x1e""1\x1e"},
    {"<<.X>> <<- .Y -> >", "<<", ">>", false,
     "LeftDelim\x1e""0\x1e""1\x1e<<\x1f""Field\x1e""2\x1e""1\x1e.X\x1fRightDelim\x1e""4\x1e""1\x1e>>\x1fLeftDelim\x1e""7\x1e""1\x1e<<\x1f""Field\x1e""11\x1e""1\x1e.Y\x1fSpace\x1e""13\x1e""1\x1e \x1fNumber\x1e""14\x1e""1\x1e-\x1f""Char\x1e""15\x1e""1\x1e>\x1fSpace\x1e""16\x1e""1\x1e \x1f""Char\x1e""17\x1e""1\x1e>\x1f""Error\x1e""18\x1e""1\x1eunclosed action"},
    {"<<- .Y -> >>", "<<", ">>", false,
     "LeftDelim\x1e""0\x1e""1\x1e<<\x1f""Field\x1e""4\x1e""1\x1e.Y\x1fSpace\x1e""6\x1e""1\x1e \x1fNumber\x1e""7\x1e""1\x1e-\x1f""Char\x1e""8\x1e""1\x1e>\x1fSpace\x1e""9\x1e""1\x1e \x1fRightDelim\x1e""10\x1e""1\x1e>>\x1f""Eof\x1e""12\x1e""1\x1e"},
    {"[[.X]]{{.Y}}[[ -]] x", "[[", "]]", false,
     "LeftDelim\x1e""0\x1e""1\x1e[[\x1f""Field\x1e""2\x1e""1\x1e.X\x1fRightDelim\x1e""4\x1e""1\x1e]]\x1fText\x1e""6\x1e""1\x1e{{.Y}}\x1fLeftDelim\x1e""12\x1e""1\x1e[[\x1fRightDelim\x1e""16\x1e""1\x1e]]\x1fText\x1e""19\x1e""1\x1ex\x1f""Eof\x1e""20\x1e""1\x1e"},
    {"{%.X%}{% /* c */ -%} y", "{%", "%}", false,
     "LeftDelim\x1e""0\x1e""1\x1e{%\x1f""Field\x1e""2\x1e""1\x1e.X\x1fRightDelim\x1e""4\x1e""1\x1e%}\x1fLeftDelim\x1e""6\x1e""1\x1e{%\x1fSpace\x1e""8\x1e""1\x1e \x1f""Char\x1e""9\x1e""1\x1e/\x1f""Char\x1e""10\x1e""1\x1e*\x1fSpace\x1e""11\x1e""1\x1e \x1fIdentifier\x1e""12\x1e""1\x1e""c\x1fSpace\x1e""13\x1e""1\x1e \x1f""Char\x1e""14\x1e""1\x1e*\x1f""Char\x1e""15\x1e""1\x1e/\x1fRightDelim\x1e""18\x1e""1\x1e%}\x1fText\x1e""21\x1e""1\x1ey\x1f""Eof\x1e""22\x1e""1\x1e"},
    {"((.X))", "((", "))", false,
     "LeftDelim\x1e""0\x1e""1\x1e((\x1f""Field\x1e""2\x1e""1\x1e.X\x1fRightDelim\x1e""4\x1e""1\x1e))\x1f""Eof\x1e""6\x1e""1\x1e"},
    {"a|.X|b", "|", "|", false,
     "Text\x1e""0\x1e""1\x1e""a\x1fLeftDelim\x1e""1\x1e""1\x1e|\x1f""Field\x1e""2\x1e""1\x1e.X\x1fRightDelim\x1e""4\x1e""1\x1e|\x1fText\x1e""5\x1e""1\x1e""b\x1f""Eof\x1e""6\x1e""1\x1e"},
    {"define0b1{{else}}/*  `", "", "", true,
     "Text\x1e""0\x1e""1\x1e""define0b1\x1fLeftDelim\x1e""9\x1e""1\x1e{{\x1f""Else\x1e""11\x1e""1\x1e""else\x1fRightDelim\x1e""15\x1e""1\x1e}}\x1fText\x1e""17\x1e""1\x1e/*  `\x1f""Eof\x1e""22\x1e""1\x1e"},
    {"*/#.{{/*\tprintf2i $\t", "", "", false,
     "Text\x1e""0\x1e""1\x1e*/#.\x1f""Error\x1e""6\x1e""1\x1eunclosed comment"},
    {"$.", "", "", true,
     "Text\x1e""0\x1e""1\x1e$.\x1f""Eof\x1e""2\x1e""1\x1e"},
    {"{{define \"d\"}}{{define \"d\"}}+*/", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Define\x1e""2\x1e""1\x1e""define\x1fSpace\x1e""8\x1e""1\x1e \x1fString\x1e""9\x1e""1\x1e\"d\"\x1fRightDelim\x1e""12\x1e""1\x1e}}\x1fLeftDelim\x1e""14\x1e""1\x1e{{\x1f""Define\x1e""16\x1e""1\x1e""define\x1fSpace\x1e""22\x1e""1\x1e \x1fString\x1e""23\x1e""1\x1e\"d\"\x1fRightDelim\x1e""26\x1e""1\x1e}}\x1fText\x1e""28\x1e""1\x1e+*/\x1f""Eof\x1e""31\x1e""1\x1e"},
    {"/*.X*/}}..range|2i", "", "", true,
     "Text\x1e""0\x1e""1\x1e/*.X*/}}..range|2i\x1f""Eof\x1e""18\x1e""1\x1e"},
    {"..X)", "", "", false,
     "Text\x1e""0\x1e""1\x1e..X)\x1f""Eof\x1e""4\x1e""1\x1e"},
    {"continue-+..X{{end}}nil3.5\r1e{{$x = 2}} ", "", "", false,
     "Text\x1e""0\x1e""1\x1e""continue-+..X\x1fLeftDelim\x1e""13\x1e""1\x1e{{\x1f""End\x1e""15\x1e""1\x1e""end\x1fRightDelim\x1e""18\x1e""1\x1e}}\x1fText\x1e""20\x1e""1\x1enil3.5\r1e\x1fLeftDelim\x1e""29\x1e""1\x1e{{\x1fVariable\x1e""31\x1e""1\x1e$x\x1fSpace\x1e""33\x1e""1\x1e \x1f""Assign\x1e""34\x1e""1\x1e=\x1fSpace\x1e""35\x1e""1\x1e \x1fNumber\x1e""36\x1e""1\x1e""2\x1fRightDelim\x1e""37\x1e""1\x1e}}\x1fText\x1e""39\x1e""1\x1e \x1f""Eof\x1e""40\x1e""1\x1e"},
    {"false\xff{{else if .I}}`1+2i\"a\"\"x\"+foo-2", "", "", true,
     "Text\x1e""0\x1e""1\x1e""false\xff\x1fLeftDelim\x1e""6\x1e""1\x1e{{\x1f""Else\x1e""8\x1e""1\x1e""else\x1fSpace\x1e""12\x1e""1\x1e \x1fIf\x1e""13\x1e""1\x1eif\x1fSpace\x1e""15\x1e""1\x1e \x1f""Field\x1e""16\x1e""1\x1e.I\x1fRightDelim\x1e""18\x1e""1\x1e}}\x1fText\x1e""20\x1e""1\x1e`1+2i\"a\"\"x\"+foo-2\x1f""Eof\x1e""37\x1e""1\x1e"},
    {"continue{{template \"t\" .}}$x\n..X(\"\xff'c'{{continue}}index,0x1p2", "", "", false,
     "Text\x1e""0\x1e""1\x1e""continue\x1fLeftDelim\x1e""8\x1e""1\x1e{{\x1fTemplate\x1e""10\x1e""1\x1etemplate\x1fSpace\x1e""18\x1e""1\x1e \x1fString\x1e""19\x1e""1\x1e\"t\"\x1fSpace\x1e""22\x1e""1\x1e \x1f""Dot\x1e""23\x1e""1\x1e.\x1fRightDelim\x1e""24\x1e""1\x1e}}\x1fText\x1e""26\x1e""1\x1e$x\n..X(\"\xff'c'\x1fLeftDelim\x1e""38\x1e""2\x1e{{\x1f""Continue\x1e""40\x1e""2\x1e""continue\x1fRightDelim\x1e""48\x1e""2\x1e}}\x1fText\x1e""50\x1e""2\x1eindex,0x1p2\x1f""Eof\x1e""61\x1e""2\x1e"},
    {"@2i", "", "", true,
     "Text\x1e""0\x1e""1\x1e@2i\x1f""Eof\x1e""3\x1e""1\x1e"},
    {"define€2i*/}}{{with $v := .}}  ", "", "", false,
     "Text\x1e""0\x1e""1\x1e""define€2i*/}}\x1fLeftDelim\x1e""15\x1e""1\x1e{{\x1fWith\x1e""17\x1e""1\x1ewith\x1fSpace\x1e""21\x1e""1\x1e \x1fVariable\x1e""22\x1e""1\x1e$v\x1fSpace\x1e""24\x1e""1\x1e \x1f""Declare\x1e""25\x1e""1\x1e:=\x1fSpace\x1e""27\x1e""1\x1e \x1f""Dot\x1e""28\x1e""1\x1e.\x1fRightDelim\x1e""29\x1e""1\x1e}}\x1fText\x1e""31\x1e""1\x1e  \x1f""Eof\x1e""33\x1e""1\x1e"},
    {"\"a\"'c'{{block \"b\" .}}'\\n'08\xff+foo \t", "", "", false,
     "Text\x1e""0\x1e""1\x1e\"a\"'c'\x1fLeftDelim\x1e""6\x1e""1\x1e{{\x1f""Block\x1e""8\x1e""1\x1e""block\x1fSpace\x1e""13\x1e""1\x1e \x1fString\x1e""14\x1e""1\x1e\"b\"\x1fSpace\x1e""17\x1e""1\x1e \x1f""Dot\x1e""18\x1e""1\x1e.\x1fRightDelim\x1e""19\x1e""1\x1e}}\x1fText\x1e""21\x1e""1\x1e'\\n'08\xff+foo \t\x1f""Eof\x1e""34\x1e""1\x1e"},
    {"{{template \"t\" .}}{{with $v := .}} */{{continue}}{{template \"t\" .}}){{if .X}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fTemplate\x1e""2\x1e""1\x1etemplate\x1fSpace\x1e""10\x1e""1\x1e \x1fString\x1e""11\x1e""1\x1e\"t\"\x1fSpace\x1e""14\x1e""1\x1e \x1f""Dot\x1e""15\x1e""1\x1e.\x1fRightDelim\x1e""16\x1e""1\x1e}}\x1fLeftDelim\x1e""18\x1e""1\x1e{{\x1fWith\x1e""20\x1e""1\x1ewith\x1fSpace\x1e""24\x1e""1\x1e \x1fVariable\x1e""25\x1e""1\x1e$v\x1fSpace\x1e""27\x1e""1\x1e \x1f""Declare\x1e""28\x1e""1\x1e:=\x1fSpace\x1e""30\x1e""1\x1e \x1f""Dot\x1e""31\x1e""1\x1e.\x1fRightDelim\x1e""32\x1e""1\x1e}}\x1fText\x1e""34\x1e""1\x1e */\x1fLeftDelim\x1e""37\x1e""1\x1e{{\x1f""Continue\x1e""39\x1e""1\x1e""continue\x1fRightDelim\x1e""47\x1e""1\x1e}}\x1fLeftDelim\x1e""49\x1e""1\x1e{{\x1fTemplate\x1e""51\x1e""1\x1etemplate\x1fSpace\x1e""59\x1e""1\x1e \x1fString\x1e""60\x1e""1\x1e\"t\"\x1fSpace\x1e""63\x1e""1\x1e \x1f""Dot\x1e""64\x1e""1\x1e.\x1fRightDelim\x1e""65\x1e""1\x1e}}\x1fText\x1e""67\x1e""1\x1e)\x1fLeftDelim\x1e""68\x1e""1\x1e{{\x1fIf\x1e""70\x1e""1\x1eif\x1fSpace\x1e""72\x1e""1\x1e \x1f""Field\x1e""73\x1e""1\x1e.X\x1fRightDelim\x1e""75\x1e""1\x1e}}\x1f""Eof\x1e""77\x1e""1\x1e"},
    {"index,{{$x = 2}}0x1F{{with $v := .}}'\\n'{{- \"x\"1template.5", "", "", true,
     "Text\x1e""0\x1e""1\x1eindex,\x1fLeftDelim\x1e""6\x1e""1\x1e{{\x1fVariable\x1e""8\x1e""1\x1e$x\x1fSpace\x1e""10\x1e""1\x1e \x1f""Assign\x1e""11\x1e""1\x1e=\x1fSpace\x1e""12\x1e""1\x1e \x1fNumber\x1e""13\x1e""1\x1e""2\x1fRightDelim\x1e""14\x1e""1\x1e}}\x1fText\x1e""16\x1e""1\x1e""0x1F\x1fLeftDelim\x1e""20\x1e""1\x1e{{\x1fWith\x1e""22\x1e""1\x1ewith\x1fSpace\x1e""26\x1e""1\x1e \x1fVariable\x1e""27\x1e""1\x1e$v\x1fSpace\x1e""29\x1e""1\x1e \x1f""Declare\x1e""30\x1e""1\x1e:=\x1fSpace\x1e""32\x1e""1\x1e \x1f""Dot\x1e""33\x1e""1\x1e.\x1fRightDelim\x1e""34\x1e""1\x1e}}\x1fText\x1e""36\x1e""1\x1e'\\n'\x1fLeftDelim\x1e""40\x1e""1\x1e{{\x1fString\x1e""44\x1e""1\x1e\"x\"\x1f""Error\x1e""47\x1e""1\x1e""bad number syntax: \"1t\""},
    {".", "", "", false,
     "Text\x1e""0\x1e""1\x1e.\x1f""Eof\x1e""1\x1e""1\x1e"},
    {"{{.}}$x0b1", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Dot\x1e""2\x1e""1\x1e.\x1fRightDelim\x1e""3\x1e""1\x1e}}\x1fText\x1e""5\x1e""1\x1e$x0b1\x1f""Eof\x1e""10\x1e""1\x1e"},
    {"\xff\ntemplateindex0o71e=rangeprintf1e={{$x := 1}}2i1", "", "", false,
     "Text\x1e""0\x1e""1\x1e\xff\ntemplateindex0o71e=rangeprintf1e=\x1fLeftDelim\x1e""35\x1e""2\x1e{{\x1fVariable\x1e""37\x1e""2\x1e$x\x1fSpace\x1e""39\x1e""2\x1e \x1f""Declare\x1e""40\x1e""2\x1e:=\x1fSpace\x1e""42\x1e""2\x1e \x1fNumber\x1e""43\x1e""2\x1e""1\x1fRightDelim\x1e""44\x1e""2\x1e}}\x1fText\x1e""46\x1e""2\x1e""2i1\x1f""Eof\x1e""49\x1e""2\x1e"},
    {".Y.Zdefine\nbreakdefine.Y.Z{{range $i, $e := .}}", "", "", true,
     "Text\x1e""0\x1e""1\x1e.Y.Zdefine\nbreakdefine.Y.Z\x1fLeftDelim\x1e""26\x1e""2\x1e{{\x1fRange\x1e""28\x1e""2\x1erange\x1fSpace\x1e""33\x1e""2\x1e \x1fVariable\x1e""34\x1e""2\x1e$i\x1f""Char\x1e""36\x1e""2\x1e,\x1fSpace\x1e""37\x1e""2\x1e \x1fVariable\x1e""38\x1e""2\x1e$e\x1fSpace\x1e""40\x1e""2\x1e \x1f""Declare\x1e""41\x1e""2\x1e:=\x1fSpace\x1e""43\x1e""2\x1e \x1f""Dot\x1e""44\x1e""2\x1e.\x1fRightDelim\x1e""45\x1e""2\x1e}}\x1f""Eof\x1e""47\x1e""2\x1e"},
    {"07continue$x.A,{{with2i`", "", "", false,
     "Text\x1e""0\x1e""1\x1e""07continue$x.A,\x1fLeftDelim\x1e""15\x1e""1\x1e{{\x1f""Error\x1e""17\x1e""1\x1e""bad character U+0060 '`'"},
    {"\"a\"end{{block \"b\" .}}@5.{{else}}{{else with .W}}{{.}}/*foo", "", "", false,
     "Text\x1e""0\x1e""1\x1e\"a\"end\x1fLeftDelim\x1e""6\x1e""1\x1e{{\x1f""Block\x1e""8\x1e""1\x1e""block\x1fSpace\x1e""13\x1e""1\x1e \x1fString\x1e""14\x1e""1\x1e\"b\"\x1fSpace\x1e""17\x1e""1\x1e \x1f""Dot\x1e""18\x1e""1\x1e.\x1fRightDelim\x1e""19\x1e""1\x1e}}\x1fText\x1e""21\x1e""1\x1e@5.\x1fLeftDelim\x1e""24\x1e""1\x1e{{\x1f""Else\x1e""26\x1e""1\x1e""else\x1fRightDelim\x1e""30\x1e""1\x1e}}\x1fLeftDelim\x1e""32\x1e""1\x1e{{\x1f""Else\x1e""34\x1e""1\x1e""else\x1fSpace\x1e""38\x1e""1\x1e \x1fWith\x1e""39\x1e""1\x1ewith\x1fSpace\x1e""43\x1e""1\x1e \x1f""Field\x1e""44\x1e""1\x1e.W\x1fRightDelim\x1e""46\x1e""1\x1e}}\x1fLeftDelim\x1e""48\x1e""1\x1e{{\x1f""Dot\x1e""50\x1e""1\x1e.\x1fRightDelim\x1e""51\x1e""1\x1e}}\x1fText\x1e""53\x1e""1\x1e/*foo\x1f""Eof\x1e""58\x1e""1\x1e"},
    {"{{else if .I}}..0b10b10o70b1-é{{end}}0o7*/nil ", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Else\x1e""2\x1e""1\x1e""else\x1fSpace\x1e""6\x1e""1\x1e \x1fIf\x1e""7\x1e""1\x1eif\x1fSpace\x1e""9\x1e""1\x1e \x1f""Field\x1e""10\x1e""1\x1e.I\x1fRightDelim\x1e""12\x1e""1\x1e}}\x1fText\x1e""14\x1e""1\x1e..0b10b10o70b1-é\x1fLeftDelim\x1e""31\x1e""1\x1e{{\x1f""End\x1e""33\x1e""1\x1e""end\x1fRightDelim\x1e""36\x1e""1\x1e}}\x1fText\x1e""38\x1e""1\x1e""0o7*/nil \x1f""Eof\x1e""47\x1e""1\x1e"},
    {"blockif'c'08/*-{{$.", "", "", true,
     "Text\x1e""0\x1e""1\x1e""blockif'c'08/*-\x1fLeftDelim\x1e""15\x1e""1\x1e{{\x1fVariable\x1e""17\x1e""1\x1e$\x1fNumber\x1e""18\x1e""1\x1e.\x1f""Error\x1e""19\x1e""1\x1eunclosed action"},
    {"-2.5", "", "", true,
     "Text\x1e""0\x1e""1\x1e-2.5\x1f""Eof\x1e""4\x1e""1\x1e"},
    {"false.51e3define{{end}}$y'\\n'0x1p2-2textelseif€\"x\"", "", "", false,
     "Text\x1e""0\x1e""1\x1e""false.51e3define\x1fLeftDelim\x1e""16\x1e""1\x1e{{\x1f""End\x1e""18\x1e""1\x1e""end\x1fRightDelim\x1e""21\x1e""1\x1e}}\x1fText\x1e""23\x1e""1\x1e$y'\\n'0x1p2-2textelseif€\"x\"\x1f""Eof\x1e""52\x1e""1\x1e"},
    {"\nwith-{{/* c */}}'c'", "", "", false,
     "Text\x1e""0\x1e""1\x1e\nwith-\x1fText\x1e""17\x1e""2\x1e'c'\x1f""Eof\x1e""20\x1e""2\x1e"},
    {"{{block \"b\" .}}block'{{- false\"-2with", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Block\x1e""2\x1e""1\x1e""block\x1fSpace\x1e""7\x1e""1\x1e \x1fString\x1e""8\x1e""1\x1e\"b\"\x1fSpace\x1e""11\x1e""1\x1e \x1f""Dot\x1e""12\x1e""1\x1e.\x1fRightDelim\x1e""13\x1e""1\x1e}}\x1fText\x1e""15\x1e""1\x1e""block'\x1fLeftDelim\x1e""21\x1e""1\x1e{{\x1f""Error\x1e""25\x1e""1\x1e""bad character U+0022 '\"'"},
    {"\"", "", "", true,
     "Text\x1e""0\x1e""1\x1e\"\x1f""Eof\x1e""1\x1e""1\x1e"},
    {"\t{{template \"t\" .}}$x.A'-2template1.X`0x#", "", "", false,
     "Text\x1e""0\x1e""1\x1e\t\x1fLeftDelim\x1e""1\x1e""1\x1e{{\x1fTemplate\x1e""3\x1e""1\x1etemplate\x1fSpace\x1e""11\x1e""1\x1e \x1fString\x1e""12\x1e""1\x1e\"t\"\x1fSpace\x1e""15\x1e""1\x1e \x1f""Dot\x1e""16\x1e""1\x1e.\x1fRightDelim\x1e""17\x1e""1\x1e}}\x1fText\x1e""19\x1e""1\x1e$x.A'-2template1.X`0x#\x1f""Eof\x1e""41\x1e""1\x1e"},
    {".5nil$0o7", "", "", false,
     "Text\x1e""0\x1e""1\x1e.5nil$0o7\x1f""Eof\x1e""9\x1e""1\x1e"},
    {"true'\xff""1", "", "", false,
     "Text\x1e""0\x1e""1\x1etrue'\xff""1\x1f""Eof\x1e""7\x1e""1\x1e"},
    {"=", "", "", false,
     "Text\x1e""0\x1e""1\x1e=\x1f""Eof\x1e""1\x1e""1\x1e"},
    {"{{block \"b\" .}}0x1p2'\\n'index", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Block\x1e""2\x1e""1\x1e""block\x1fSpace\x1e""7\x1e""1\x1e \x1fString\x1e""8\x1e""1\x1e\"b\"\x1fSpace\x1e""11\x1e""1\x1e \x1f""Dot\x1e""12\x1e""1\x1e.\x1fRightDelim\x1e""13\x1e""1\x1e}}\x1fText\x1e""15\x1e""1\x1e""0x1p2'\\n'index\x1f""Eof\x1e""29\x1e""1\x1e"},
    {"'\\n'-2\n.X-.Y.Ztexttrue'c'falseé5.", "", "", false,
     "Text\x1e""0\x1e""1\x1e'\\n'-2\n.X-.Y.Ztexttrue'c'falseé5.\x1f""Eof\x1e""34\x1e""2\x1e"},
    {"{{é{{else}}'\\n'{{if .X}}\n{{range $i, $e := .}}else0x1F{{$x = 2}}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Error\x1e""2\x1e""1\x1e""bad character U+007B '{'"},
    {"breakprintf{{end}}`r`\t{{break}}0b1\"x\"", "", "", false,
     "Text\x1e""0\x1e""1\x1e""breakprintf\x1fLeftDelim\x1e""11\x1e""1\x1e{{\x1f""End\x1e""13\x1e""1\x1e""end\x1fRightDelim\x1e""16\x1e""1\x1e}}\x1fText\x1e""18\x1e""1\x1e`r`\t\x1fLeftDelim\x1e""22\x1e""1\x1e{{\x1f""Break\x1e""24\x1e""1\x1e""break\x1fRightDelim\x1e""29\x1e""1\x1e}}\x1fText\x1e""31\x1e""1\x1e""0b1\"x\"\x1f""Eof\x1e""37\x1e""1\x1e"},
    {"{{break}}block", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Break\x1e""2\x1e""1\x1e""break\x1fRightDelim\x1e""7\x1e""1\x1e}}\x1fText\x1e""9\x1e""1\x1e""block\x1f""Eof\x1e""14\x1e""1\x1e"},
    {" -}}define07", "", "", false,
     "Text\x1e""0\x1e""1\x1e -}}define07\x1f""Eof\x1e""12\x1e""1\x1e"},
    {"{{else}}with.508text{{range $i, $e := .}}'\\n'define1e1eend{{- }}", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Else\x1e""2\x1e""1\x1e""else\x1fRightDelim\x1e""6\x1e""1\x1e}}\x1fText\x1e""8\x1e""1\x1ewith.508text\x1fLeftDelim\x1e""20\x1e""1\x1e{{\x1fRange\x1e""22\x1e""1\x1erange\x1fSpace\x1e""27\x1e""1\x1e \x1fVariable\x1e""28\x1e""1\x1e$i\x1f""Char\x1e""30\x1e""1\x1e,\x1fSpace\x1e""31\x1e""1\x1e \x1fVariable\x1e""32\x1e""1\x1e$e\x1fSpace\x1e""34\x1e""1\x1e \x1f""Declare\x1e""35\x1e""1\x1e:=\x1fSpace\x1e""37\x1e""1\x1e \x1f""Dot\x1e""38\x1e""1\x1e.\x1fRightDelim\x1e""39\x1e""1\x1e}}\x1fText\x1e""41\x1e""1\x1e'\\n'define1e1eend\x1fLeftDelim\x1e""58\x1e""1\x1e{{\x1fRightDelim\x1e""62\x1e""1\x1e}}\x1f""Eof\x1e""64\x1e""1\x1e"},
    {"{{else}}-\"{{/* c */}}rangeprintfnil. -}}$y.|", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Else\x1e""2\x1e""1\x1e""else\x1fRightDelim\x1e""6\x1e""1\x1e}}\x1fText\x1e""8\x1e""1\x1e-\"\x1fText\x1e""21\x1e""1\x1erangeprintfnil. -}}$y.|\x1f""Eof\x1e""44\x1e""1\x1e"},
    {"07\"b\\n\"$x.A0x2iend*/{{.}}1foo{{range $i, $e := .}}+'", "", "", false,
     "Text\x1e""0\x1e""1\x1e""07\"b\\n\"$x.A0x2iend*/\x1fLeftDelim\x1e""20\x1e""1\x1e{{\x1f""Dot\x1e""22\x1e""1\x1e.\x1fRightDelim\x1e""23\x1e""1\x1e}}\x1fText\x1e""25\x1e""1\x1e""1foo\x1fLeftDelim\x1e""29\x1e""1\x1e{{\x1fRange\x1e""31\x1e""1\x1erange\x1fSpace\x1e""36\x1e""1\x1e \x1fVariable\x1e""37\x1e""1\x1e$i\x1f""Char\x1e""39\x1e""1\x1e,\x1fSpace\x1e""40\x1e""1\x1e \x1fVariable\x1e""41\x1e""1\x1e$e\x1fSpace\x1e""43\x1e""1\x1e \x1f""Declare\x1e""44\x1e""1\x1e:=\x1fSpace\x1e""46\x1e""1\x1e \x1f""Dot\x1e""47\x1e""1\x1e.\x1fRightDelim\x1e""48\x1e""1\x1e}}\x1fText\x1e""50\x1e""1\x1e+'\x1f""Eof\x1e""52\x1e""1\x1e"},
    {"end`define\"@{{- lencontinue0x1p2", "", "", true,
     "Text\x1e""0\x1e""1\x1e""end`define\"@\x1fLeftDelim\x1e""12\x1e""1\x1e{{\x1fIdentifier\x1e""16\x1e""1\x1elencontinue0x1p2\x1f""Error\x1e""32\x1e""1\x1eunclosed action"},
    {"definebreakwithtext5.{{break}}else..*/\"b\\n\"{{else if .I}}'\"", "", "", false,
     "Text\x1e""0\x1e""1\x1e""definebreakwithtext5.\x1fLeftDelim\x1e""21\x1e""1\x1e{{\x1f""Break\x1e""23\x1e""1\x1e""break\x1fRightDelim\x1e""28\x1e""1\x1e}}\x1fText\x1e""30\x1e""1\x1e""else..*/\"b\\n\"\x1fLeftDelim\x1e""43\x1e""1\x1e{{\x1f""Else\x1e""45\x1e""1\x1e""else\x1fSpace\x1e""49\x1e""1\x1e \x1fIf\x1e""50\x1e""1\x1eif\x1fSpace\x1e""52\x1e""1\x1e \x1f""Field\x1e""53\x1e""1\x1e.I\x1fRightDelim\x1e""55\x1e""1\x1e}}\x1fText\x1e""57\x1e""1\x1e'\"\x1f""Eof\x1e""59\x1e""1\x1e"},
    {"-..*/$xnil=*/}}\r#index.. -}} ", "", "", false,
     "Text\x1e""0\x1e""1\x1e-..*/$xnil=*/}}\r#index.. -}} \x1f""Eof\x1e""29\x1e""1\x1e"},
    {"#0x1p2@true{{block \"b\" .}}=index@`é", "", "", false,
     "Text\x1e""0\x1e""1\x1e#0x1p2@true\x1fLeftDelim\x1e""11\x1e""1\x1e{{\x1f""Block\x1e""13\x1e""1\x1e""block\x1fSpace\x1e""18\x1e""1\x1e \x1fString\x1e""19\x1e""1\x1e\"b\"\x1fSpace\x1e""22\x1e""1\x1e \x1f""Dot\x1e""23\x1e""1\x1e.\x1fRightDelim\x1e""24\x1e""1\x1e}}\x1fText\x1e""26\x1e""1\x1e=index@`é\x1f""Eof\x1e""36\x1e""1\x1e"},
    {"{{template \"t\" .}}'$x.A..", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1fTemplate\x1e""2\x1e""1\x1etemplate\x1fSpace\x1e""10\x1e""1\x1e \x1fString\x1e""11\x1e""1\x1e\"t\"\x1fSpace\x1e""14\x1e""1\x1e \x1f""Dot\x1e""15\x1e""1\x1e.\x1fRightDelim\x1e""16\x1e""1\x1e}}\x1fText\x1e""18\x1e""1\x1e'$x.A..\x1f""Eof\x1e""25\x1e""1\x1e"},
    {"indexrange2ielse", "", "", false,
     "Text\x1e""0\x1e""1\x1eindexrange2ielse\x1f""Eof\x1e""16\x1e""1\x1e"},
    {"  {{with $v := .}}$1+2i  .", "", "", false,
     "Text\x1e""0\x1e""1\x1e  \x1fLeftDelim\x1e""2\x1e""1\x1e{{\x1fWith\x1e""4\x1e""1\x1ewith\x1fSpace\x1e""8\x1e""1\x1e \x1fVariable\x1e""9\x1e""1\x1e$v\x1fSpace\x1e""11\x1e""1\x1e \x1f""Declare\x1e""12\x1e""1\x1e:=\x1fSpace\x1e""14\x1e""1\x1e \x1f""Dot\x1e""15\x1e""1\x1e.\x1fRightDelim\x1e""16\x1e""1\x1e}}\x1fText\x1e""18\x1e""1\x1e$1+2i  .\x1f""Eof\x1e""26\x1e""1\x1e"},
    {"elsedefine{{$x = 2}}{{if .X}}{{range $i, $e := .}}-2with$yrange\"x\".X{{/* c */}}\r", "", "", false,
     "Text\x1e""0\x1e""1\x1e""elsedefine\x1fLeftDelim\x1e""10\x1e""1\x1e{{\x1fVariable\x1e""12\x1e""1\x1e$x\x1fSpace\x1e""14\x1e""1\x1e \x1f""Assign\x1e""15\x1e""1\x1e=\x1fSpace\x1e""16\x1e""1\x1e \x1fNumber\x1e""17\x1e""1\x1e""2\x1fRightDelim\x1e""18\x1e""1\x1e}}\x1fLeftDelim\x1e""20\x1e""1\x1e{{\x1fIf\x1e""22\x1e""1\x1eif\x1fSpace\x1e""24\x1e""1\x1e \x1f""Field\x1e""25\x1e""1\x1e.X\x1fRightDelim\x1e""27\x1e""1\x1e}}\x1fLeftDelim\x1e""29\x1e""1\x1e{{\x1fRange\x1e""31\x1e""1\x1erange\x1fSpace\x1e""36\x1e""1\x1e \x1fVariable\x1e""37\x1e""1\x1e$i\x1f""Char\x1e""39\x1e""1\x1e,\x1fSpace\x1e""40\x1e""1\x1e \x1fVariable\x1e""41\x1e""1\x1e$e\x1fSpace\x1e""43\x1e""1\x1e \x1f""Declare\x1e""44\x1e""1\x1e:=\x1fSpace\x1e""46\x1e""1\x1e \x1f""Dot\x1e""47\x1e""1\x1e.\x1fRightDelim\x1e""48\x1e""1\x1e}}\x1fText\x1e""50\x1e""1\x1e-2with$yrange\"x\".X\x1fText\x1e""79\x1e""1\x1e\r\x1f""Eof\x1e""80\x1e""1\x1e"},
    {"block{{with $v := .}}.Xblock{{$x := 1}}printf@0o7", "", "", false,
     "Text\x1e""0\x1e""1\x1e""block\x1fLeftDelim\x1e""5\x1e""1\x1e{{\x1fWith\x1e""7\x1e""1\x1ewith\x1fSpace\x1e""11\x1e""1\x1e \x1fVariable\x1e""12\x1e""1\x1e$v\x1fSpace\x1e""14\x1e""1\x1e \x1f""Declare\x1e""15\x1e""1\x1e:=\x1fSpace\x1e""17\x1e""1\x1e \x1f""Dot\x1e""18\x1e""1\x1e.\x1fRightDelim\x1e""19\x1e""1\x1e}}\x1fText\x1e""21\x1e""1\x1e.Xblock\x1fLeftDelim\x1e""28\x1e""1\x1e{{\x1fVariable\x1e""30\x1e""1\x1e$x\x1fSpace\x1e""32\x1e""1\x1e \x1f""Declare\x1e""33\x1e""1\x1e:=\x1fSpace\x1e""35\x1e""1\x1e \x1fNumber\x1e""36\x1e""1\x1e""1\x1fRightDelim\x1e""37\x1e""1\x1e}}\x1fText\x1e""39\x1e""1\x1eprintf@0o7\x1f""Eof\x1e""49\x1e""1\x1e"},
    {"1\"a\"\t{{break}}", "", "", false,
     "Text\x1e""0\x1e""1\x1e""1\"a\"\t\x1fLeftDelim\x1e""5\x1e""1\x1e{{\x1f""Break\x1e""7\x1e""1\x1e""break\x1fRightDelim\x1e""12\x1e""1\x1e}}\x1f""Eof\x1e""14\x1e""1\x1e"},
    {"1efoolen{{$x := 1}}{{- 0x1F", "", "", false,
     "Text\x1e""0\x1e""1\x1e""1efoolen\x1fLeftDelim\x1e""8\x1e""1\x1e{{\x1fVariable\x1e""10\x1e""1\x1e$x\x1fSpace\x1e""12\x1e""1\x1e \x1f""Declare\x1e""13\x1e""1\x1e:=\x1fSpace\x1e""15\x1e""1\x1e \x1fNumber\x1e""16\x1e""1\x1e""1\x1fRightDelim\x1e""17\x1e""1\x1e}}\x1fLeftDelim\x1e""19\x1e""1\x1e{{\x1fNumber\x1e""23\x1e""1\x1e""0x1F\x1f""Error\x1e""27\x1e""1\x1eunclosed action"},
    {"|@ if.Y.Z-\n$x.A:=*/}}", "", "", false,
     "Text\x1e""0\x1e""1\x1e|@ if.Y.Z-\n$x.A:=*/}}\x1f""Eof\x1e""21\x1e""2\x1e"},
    {":={{- /* c */ -}}end", "", "", false,
     "Text\x1e""0\x1e""1\x1e:=\x1fText\x1e""17\x1e""1\x1e""end\x1f""Eof\x1e""20\x1e""1\x1e"},
    {"{{else with .W}}$x.A0o7define`@..X\xff{{template \"t\" .}}\"b\\n\"\t=*/{{block \"b\" .}}", "", "", true,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Else\x1e""2\x1e""1\x1e""else\x1fSpace\x1e""6\x1e""1\x1e \x1fWith\x1e""7\x1e""1\x1ewith\x1fSpace\x1e""11\x1e""1\x1e \x1f""Field\x1e""12\x1e""1\x1e.W\x1fRightDelim\x1e""14\x1e""1\x1e}}\x1fText\x1e""16\x1e""1\x1e$x.A0o7define`@..X\xff\x1fLeftDelim\x1e""35\x1e""1\x1e{{\x1fTemplate\x1e""37\x1e""1\x1etemplate\x1fSpace\x1e""45\x1e""1\x1e \x1fString\x1e""46\x1e""1\x1e\"t\"\x1fSpace\x1e""49\x1e""1\x1e \x1f""Dot\x1e""50\x1e""1\x1e.\x1fRightDelim\x1e""51\x1e""1\x1e}}\x1fText\x1e""53\x1e""1\x1e\"b\\n\"\t=*/\x1fLeftDelim\x1e""62\x1e""1\x1e{{\x1f""Block\x1e""64\x1e""1\x1e""block\x1fSpace\x1e""69\x1e""1\x1e \x1fString\x1e""70\x1e""1\x1e\"b\"\x1fSpace\x1e""73\x1e""1\x1e \x1f""Dot\x1e""74\x1e""1\x1e.\x1fRightDelim\x1e""75\x1e""1\x1e}}\x1f""Eof\x1e""77\x1e""1\x1e"},
    {":={{- ", "", "", false,
     "Text\x1e""0\x1e""1\x1e:=\x1fLeftDelim\x1e""2\x1e""1\x1e{{\x1f""Error\x1e""6\x1e""1\x1eunclosed action"},
    {"$x.A\n0x1p2.X $x.Aelsefoo}}'c'1e2i:=", "", "", false,
     "Text\x1e""0\x1e""1\x1e$x.A\n0x1p2.X $x.Aelsefoo}}'c'1e2i:=\x1f""Eof\x1e""35\x1e""2\x1e"},
    {"$ifblock$x.A/*continuetrue){{define \"d\"}})\"false", "", "", true,
     "Text\x1e""0\x1e""1\x1e$ifblock$x.A/*continuetrue)\x1fLeftDelim\x1e""27\x1e""1\x1e{{\x1f""Define\x1e""29\x1e""1\x1e""define\x1fSpace\x1e""35\x1e""1\x1e \x1fString\x1e""36\x1e""1\x1e\"d\"\x1fRightDelim\x1e""39\x1e""1\x1e}}\x1fText\x1e""41\x1e""1\x1e)\"false\x1f""Eof\x1e""48\x1e""1\x1e"},
    {"{{else with .W}}break:='\\n'{{- $y{{/*}}{{- ", "", "", false,
     "LeftDelim\x1e""0\x1e""1\x1e{{\x1f""Else\x1e""2\x1e""1\x1e""else\x1fSpace\x1e""6\x1e""1\x1e \x1fWith\x1e""7\x1e""1\x1ewith\x1fSpace\x1e""11\x1e""1\x1e \x1f""Field\x1e""12\x1e""1\x1e.W\x1fRightDelim\x1e""14\x1e""1\x1e}}\x1fText\x1e""16\x1e""1\x1e""break:='\\n'\x1fLeftDelim\x1e""27\x1e""1\x1e{{\x1f""Error\x1e""31\x1e""1\x1e""bad character U+007B '{'"},
    {"nil@text$xindex-{{range $i, $e := .}}{{else}}printf", "", "", false,
     "Text\x1e""0\x1e""1\x1enil@text$xindex-\x1fLeftDelim\x1e""16\x1e""1\x1e{{\x1fRange\x1e""18\x1e""1\x1erange\x1fSpace\x1e""23\x1e""1\x1e \x1fVariable\x1e""24\x1e""1\x1e$i\x1f""Char\x1e""26\x1e""1\x1e,\x1fSpace\x1e""27\x1e""1\x1e \x1fVariable\x1e""28\x1e""1\x1e$e\x1fSpace\x1e""30\x1e""1\x1e \x1f""Declare\x1e""31\x1e""1\x1e:=\x1fSpace\x1e""33\x1e""1\x1e \x1f""Dot\x1e""34\x1e""1\x1e.\x1fRightDelim\x1e""35\x1e""1\x1e}}\x1fLeftDelim\x1e""37\x1e""1\x1e{{\x1f""Else\x1e""39\x1e""1\x1e""else\x1fRightDelim\x1e""43\x1e""1\x1e}}\x1fText\x1e""45\x1e""1\x1eprintf\x1f""Eof\x1e""51\x1e""1\x1e"},
    {"0b1#){{block \"b\" .}}..Y.Z'c'true{{$x := 1}}", "", "", false,
     "Text\x1e""0\x1e""1\x1e""0b1#)\x1fLeftDelim\x1e""5\x1e""1\x1e{{\x1f""Block\x1e""7\x1e""1\x1e""block\x1fSpace\x1e""12\x1e""1\x1e \x1fString\x1e""13\x1e""1\x1e\"b\"\x1fSpace\x1e""16\x1e""1\x1e \x1f""Dot\x1e""17\x1e""1\x1e.\x1fRightDelim\x1e""18\x1e""1\x1e}}\x1fText\x1e""20\x1e""1\x1e..Y.Z'c'true\x1fLeftDelim\x1e""32\x1e""1\x1e{{\x1fVariable\x1e""34\x1e""1\x1e$x\x1fSpace\x1e""36\x1e""1\x1e \x1f""Declare\x1e""37\x1e""1\x1e:=\x1fSpace\x1e""39\x1e""1\x1e \x1fNumber\x1e""40\x1e""1\x1e""1\x1fRightDelim\x1e""41\x1e""1\x1e}}\x1f""Eof\x1e""43\x1e""1\x1e"},
// END GENERATED LEX TABLE
};
// clang-format on

TEST(LexerTest, GoldenTableMatchesGo) {
  for (const LexCase& c : kGolden) {
    LexOptions opts;
    opts.emitComment = c.comments;
    std::vector<ExpItem> got = lexAll(c.input, c.left, c.right, opts);
    std::vector<ExpItem> want = parseItems(c.items);
    bool same = got.size() == want.size();
    for (size_t i = 0; same && i < got.size(); i++) {
      same = got[i].type == want[i].type && got[i].pos == want[i].pos &&
             got[i].val == want[i].val && got[i].line == want[i].line;
    }
    EXPECT_TRUE(same) << "input " << quoteGo(c.input) << " delims " << c.left << " " << c.right
                      << " comments " << c.comments << "\n got " << describe(got);
  }
}

TEST(LexerTest, ItemString) {
  EXPECT_EQ((Item{T::Eof, 0, "", 1}).str(), "EOF");
  EXPECT_EQ((Item{T::Error, 0, "unclosed action", 1}).str(), "unclosed action");
  EXPECT_EQ((Item{T::Range, 0, "range", 1}).str(), "<range>");
  EXPECT_EQ((Item{T::Dot, 0, ".", 1}).str(), "<.>");
  EXPECT_EQ((Item{T::Identifier, 0, "printf", 1}).str(), "\"printf\"");
  EXPECT_EQ((Item{T::String, 0, "\"abc\"", 1}).str(), "\"\\\"abc\\\"\"");
  // More than 10 bytes: %.10q (10 runes) plus "...".
  EXPECT_EQ((Item{T::Text, 0, "0123456789ab", 1}).str(), "\"0123456789\"...");
  EXPECT_EQ((Item{T::Text, 0, "ééééééééééé", 1}).str(), "\"éééééééééé\"...");
  EXPECT_EQ((Item{T::Text, 0, "éééé", 1}).str(), "\"éééé\"");
  EXPECT_EQ((Item{T::Text, 0, "a\nb\x01\xff", 1}).str(), "\"a\\nb\\x01\\xff\"");
}

TEST(LexerTest, BreakAndContinueAreIdentifiersWhenFunctionsOfThatNameExist) {
  LexOptions opts;
  opts.breakOK = false;
  opts.continueOK = false;
  std::vector<ExpItem> items = lexAll("{{break continue}}", "", "", opts);
  ASSERT_EQ(items.size(), 6u);
  EXPECT_EQ(items[1].type, T::Identifier);
  EXPECT_EQ(items[3].type, T::Identifier);
  items = lexAll("{{break continue}}");
  EXPECT_EQ(items[1].type, T::Break);
  EXPECT_EQ(items[3].type, T::Continue);
}

TEST(LexerTest, NothingAfterAnError) {
  Lexer l("{{@\x01}} {{.X}}", "", "");
  EXPECT_EQ(l.nextItem().type, T::LeftDelim);
  EXPECT_EQ(l.nextItem().type, T::Char);  // Printable ASCII punctuation is an item.
  Item err = l.nextItem();
  EXPECT_EQ(err.type, T::Error);
  EXPECT_EQ(err.pos, 3);
  EXPECT_EQ(err.val, "unrecognized character in action: U+0001");
  EXPECT_EQ(l.nextItem().type, T::Eof);
  EXPECT_EQ(l.nextItem().type, T::Eof);
}

TEST(LexerTest, ErrorMessages) {
  auto lastError = [](const std::string& in) { return std::string(lexAll(in).back().val); };
  EXPECT_EQ(lastError("{{\x01}}"), "unrecognized character in action: U+0001");
  EXPECT_EQ(lastError("{{€}}"), "unrecognized character in action: U+20AC '€'");
  EXPECT_EQ(lastError("{{\xff}}"), "unrecognized character in action: U+FFFD '\xef\xbf\xbd'");
  EXPECT_EQ(lastError("{{a#}}"), "bad character U+0023 '#'");
  EXPECT_EQ(lastError("{{.X€}}"), "bad character U+20AC '€'");
  EXPECT_EQ(lastError("{{0xg}}"), "bad number syntax: \"0xg\"");
  EXPECT_EQ(lastError("{{3k}}"), "bad number syntax: \"3k\"");
  EXPECT_EQ(lastError("{{1+2}}"), "bad number syntax: \"1+2\"");
  EXPECT_EQ(lastError("{{"), "unclosed action");
  EXPECT_EQ(lastError("{{(3}}"), "unclosed left paren");
  EXPECT_EQ(lastError("{{3)}}"), "unexpected right paren");
  EXPECT_EQ(lastError("{{\"a}}"), "unterminated quoted string");
  EXPECT_EQ(lastError("{{`a}}"), "unterminated raw quoted string");
  EXPECT_EQ(lastError("{{'a}}"), "unterminated character constant");
  EXPECT_EQ(lastError("{{a:b}}"), "expected :=");
  EXPECT_EQ(lastError("{{/* a }}"), "unclosed comment");
  EXPECT_EQ(lastError("{{/* a */ }}"), "comment ends before closing delimiter");
}

TEST(LexerTest, LongInputsAreLinear) {
  // A large template lexes in one pass (no quadratic rescans of text or actions).
  std::string text;
  for (int i = 0; i < 200000; i++) text += "line {{.X | printf \"%d\" 12}}\n";
  Lexer l(text, "", "");
  size_t n = 0;
  for (Item it = l.nextItem(); it.type != T::Eof; it = l.nextItem()) {
    ASSERT_NE(it.type, T::Error);
    n++;
  }
  EXPECT_EQ(n, 200000u * 12 + 1);  // Plus the final "\n" text.
}

}  // namespace
}  // namespace hc::tmpl::detail
