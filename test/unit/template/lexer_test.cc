// Lexer tests. The golden table below was produced by running Go's text/template/parse lexer
// (Go 1.19 sources patched to the Go 1.23 lexer behaviour: "unexpected right paren" without a
// preceding right-paren item, newlines in emitted comments counted) on each input and printing
// every item (type, byte position, value, line).
#include "../../../src/template/lexer.h"

#include <gtest/gtest.h>

#include <string>
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

struct LexCase {
  std::string input;
  std::string left;
  std::string right;
  bool comments;
  std::vector<ExpItem> items;
};

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
    {"", "", "", false, {{T::Eof, 0, "", 1}}},
    {"", "", "", true, {{T::Eof, 0, "", 1}}},
    {" \t\n", "", "", false, {{T::Text, 0, " \t\n", 1}, {T::Eof, 3, "", 2}}},
    {" \t\n", "", "", true, {{T::Text, 0, " \t\n", 1}, {T::Eof, 3, "", 2}}},
    {"now is the time", "", "", false, {{T::Text, 0, "now is the time", 1}, {T::Eof, 15, "", 1}}},
    {"now is the time", "", "", true, {{T::Text, 0, "now is the time", 1}, {T::Eof, 15, "", 1}}},
    {"hello-{{/* this is a comment */}}-world", "", "", false, {{T::Text, 0, "hello-", 1}, {T::Text, 33, "-world", 1}, {T::Eof, 39, "", 1}}},
    {"hello-{{/* this is a comment */}}-world", "", "", true, {{T::Text, 0, "hello-", 1}, {T::Comment, 8, "/* this is a comment */", 1}, {T::Text, 33, "-world", 1}, {T::Eof, 39, "", 1}}},
    {"{{,@% }}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Char, 2, ",", 1}, {T::Char, 3, "@", 1}, {T::Char, 4, "%", 1}, {T::Space, 5, " ", 1}, {T::RightDelim, 6, "}}", 1}, {T::Eof, 8, "", 1}}},
    {"{{,@% }}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Char, 2, ",", 1}, {T::Char, 3, "@", 1}, {T::Char, 4, "%", 1}, {T::Space, 5, " ", 1}, {T::RightDelim, 6, "}}", 1}, {T::Eof, 8, "", 1}}},
    {"{{((3))}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::LeftParen, 2, "(", 1}, {T::LeftParen, 3, "(", 1}, {T::Number, 4, "3", 1}, {T::RightParen, 5, ")", 1}, {T::RightParen, 6, ")", 1}, {T::RightDelim, 7, "}}", 1}, {T::Eof, 9, "", 1}}},
    {"{{((3))}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::LeftParen, 2, "(", 1}, {T::LeftParen, 3, "(", 1}, {T::Number, 4, "3", 1}, {T::RightParen, 5, ")", 1}, {T::RightParen, 6, ")", 1}, {T::RightDelim, 7, "}}", 1}, {T::Eof, 9, "", 1}}},
    {"{{}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::RightDelim, 2, "}}", 1}, {T::Eof, 4, "", 1}}},
    {"{{}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::RightDelim, 2, "}}", 1}, {T::Eof, 4, "", 1}}},
    {"{{for}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Identifier, 2, "for", 1}, {T::RightDelim, 5, "}}", 1}, {T::Eof, 7, "", 1}}},
    {"{{for}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Identifier, 2, "for", 1}, {T::RightDelim, 5, "}}", 1}, {T::Eof, 7, "", 1}}},
    {"{{block \"foo\" .}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Block, 2, "block", 1}, {T::Space, 7, " ", 1}, {T::String, 8, "\"foo\"", 1}, {T::Space, 13, " ", 1}, {T::Dot, 14, ".", 1}, {T::RightDelim, 15, "}}", 1}, {T::Eof, 17, "", 1}}},
    {"{{block \"foo\" .}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Block, 2, "block", 1}, {T::Space, 7, " ", 1}, {T::String, 8, "\"foo\"", 1}, {T::Space, 13, " ", 1}, {T::Dot, 14, ".", 1}, {T::RightDelim, 15, "}}", 1}, {T::Eof, 17, "", 1}}},
    {"{{\"abc \\n\\t\\\" \"}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::String, 2, "\"abc \\n\\t\\\" \"", 1}, {T::RightDelim, 15, "}}", 1}, {T::Eof, 17, "", 1}}},
    {"{{\"abc \\n\\t\\\" \"}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::String, 2, "\"abc \\n\\t\\\" \"", 1}, {T::RightDelim, 15, "}}", 1}, {T::Eof, 17, "", 1}}},
    {"{{`abc\\n\\t\\\" `}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::RawString, 2, "`abc\\n\\t\\\" `", 1}, {T::RightDelim, 14, "}}", 1}, {T::Eof, 16, "", 1}}},
    {"{{`abc\\n\\t\\\" `}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::RawString, 2, "`abc\\n\\t\\\" `", 1}, {T::RightDelim, 14, "}}", 1}, {T::Eof, 16, "", 1}}},
    {"{{`now is{{\n}}the time`}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::RawString, 2, "`now is{{\n}}the time`", 1}, {T::RightDelim, 23, "}}", 2}, {T::Eof, 25, "", 2}}},
    {"{{`now is{{\n}}the time`}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::RawString, 2, "`now is{{\n}}the time`", 1}, {T::RightDelim, 23, "}}", 2}, {T::Eof, 25, "", 2}}},
    {"{{1 02 0x14 0X14 -7.2i 1e3 1E3 +1.2e-4 4.2i 1+2i 1_2 0x1.e_fp4 0X1.E_FP4}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Number, 2, "1", 1}, {T::Space, 3, " ", 1}, {T::Number, 4, "02", 1}, {T::Space, 6, " ", 1}, {T::Number, 7, "0x14", 1}, {T::Space, 11, " ", 1}, {T::Number, 12, "0X14", 1}, {T::Space, 16, " ", 1}, {T::Number, 17, "-7.2i", 1}, {T::Space, 22, " ", 1}, {T::Number, 23, "1e3", 1}, {T::Space, 26, " ", 1}, {T::Number, 27, "1E3", 1}, {T::Space, 30, " ", 1}, {T::Number, 31, "+1.2e-4", 1}, {T::Space, 38, " ", 1}, {T::Number, 39, "4.2i", 1}, {T::Space, 43, " ", 1}, {T::Complex, 44, "1+2i", 1}, {T::Space, 48, " ", 1}, {T::Number, 49, "1_2", 1}, {T::Space, 52, " ", 1}, {T::Number, 53, "0x1.e_fp4", 1}, {T::Space, 62, " ", 1}, {T::Number, 63, "0X1.E_FP4", 1}, {T::RightDelim, 72, "}}", 1}, {T::Eof, 74, "", 1}}},
    {"{{1 02 0x14 0X14 -7.2i 1e3 1E3 +1.2e-4 4.2i 1+2i 1_2 0x1.e_fp4 0X1.E_FP4}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Number, 2, "1", 1}, {T::Space, 3, " ", 1}, {T::Number, 4, "02", 1}, {T::Space, 6, " ", 1}, {T::Number, 7, "0x14", 1}, {T::Space, 11, " ", 1}, {T::Number, 12, "0X14", 1}, {T::Space, 16, " ", 1}, {T::Number, 17, "-7.2i", 1}, {T::Space, 22, " ", 1}, {T::Number, 23, "1e3", 1}, {T::Space, 26, " ", 1}, {T::Number, 27, "1E3", 1}, {T::Space, 30, " ", 1}, {T::Number, 31, "+1.2e-4", 1}, {T::Space, 38, " ", 1}, {T::Number, 39, "4.2i", 1}, {T::Space, 43, " ", 1}, {T::Complex, 44, "1+2i", 1}, {T::Space, 48, " ", 1}, {T::Number, 49, "1_2", 1}, {T::Space, 52, " ", 1}, {T::Number, 53, "0x1.e_fp4", 1}, {T::Space, 62, " ", 1}, {T::Number, 63, "0X1.E_FP4", 1}, {T::RightDelim, 72, "}}", 1}, {T::Eof, 74, "", 1}}},
    {"{{'a' '\\n' '\\'' '\\\\' '\\u00FF' '\\xFF' '本'}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::CharConstant, 2, "'a'", 1}, {T::Space, 5, " ", 1}, {T::CharConstant, 6, "'\\n'", 1}, {T::Space, 10, " ", 1}, {T::CharConstant, 11, "'\\''", 1}, {T::Space, 15, " ", 1}, {T::CharConstant, 16, "'\\\\'", 1}, {T::Space, 20, " ", 1}, {T::CharConstant, 21, "'\\u00FF'", 1}, {T::Space, 29, " ", 1}, {T::CharConstant, 30, "'\\xFF'", 1}, {T::Space, 36, " ", 1}, {T::CharConstant, 37, "'本'", 1}, {T::RightDelim, 42, "}}", 1}, {T::Eof, 44, "", 1}}},
    {"{{'a' '\\n' '\\'' '\\\\' '\\u00FF' '\\xFF' '本'}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::CharConstant, 2, "'a'", 1}, {T::Space, 5, " ", 1}, {T::CharConstant, 6, "'\\n'", 1}, {T::Space, 10, " ", 1}, {T::CharConstant, 11, "'\\''", 1}, {T::Space, 15, " ", 1}, {T::CharConstant, 16, "'\\\\'", 1}, {T::Space, 20, " ", 1}, {T::CharConstant, 21, "'\\u00FF'", 1}, {T::Space, 29, " ", 1}, {T::CharConstant, 30, "'\\xFF'", 1}, {T::Space, 36, " ", 1}, {T::CharConstant, 37, "'本'", 1}, {T::RightDelim, 42, "}}", 1}, {T::Eof, 44, "", 1}}},
    {"{{true false}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Bool, 2, "true", 1}, {T::Space, 6, " ", 1}, {T::Bool, 7, "false", 1}, {T::RightDelim, 12, "}}", 1}, {T::Eof, 14, "", 1}}},
    {"{{true false}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Bool, 2, "true", 1}, {T::Space, 6, " ", 1}, {T::Bool, 7, "false", 1}, {T::RightDelim, 12, "}}", 1}, {T::Eof, 14, "", 1}}},
    {"{{.}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Dot, 2, ".", 1}, {T::RightDelim, 3, "}}", 1}, {T::Eof, 5, "", 1}}},
    {"{{.}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Dot, 2, ".", 1}, {T::RightDelim, 3, "}}", 1}, {T::Eof, 5, "", 1}}},
    {"{{nil}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Nil, 2, "nil", 1}, {T::RightDelim, 5, "}}", 1}, {T::Eof, 7, "", 1}}},
    {"{{nil}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Nil, 2, "nil", 1}, {T::RightDelim, 5, "}}", 1}, {T::Eof, 7, "", 1}}},
    {"{{.x . .2 .x.y.z}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Field, 2, ".x", 1}, {T::Space, 4, " ", 1}, {T::Dot, 5, ".", 1}, {T::Space, 6, " ", 1}, {T::Number, 7, ".2", 1}, {T::Space, 9, " ", 1}, {T::Field, 10, ".x", 1}, {T::Field, 12, ".y", 1}, {T::Field, 14, ".z", 1}, {T::RightDelim, 16, "}}", 1}, {T::Eof, 18, "", 1}}},
    {"{{.x . .2 .x.y.z}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Field, 2, ".x", 1}, {T::Space, 4, " ", 1}, {T::Dot, 5, ".", 1}, {T::Space, 6, " ", 1}, {T::Number, 7, ".2", 1}, {T::Space, 9, " ", 1}, {T::Field, 10, ".x", 1}, {T::Field, 12, ".y", 1}, {T::Field, 14, ".z", 1}, {T::RightDelim, 16, "}}", 1}, {T::Eof, 18, "", 1}}},
    {"{{range if else end with}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Range, 2, "range", 1}, {T::Space, 7, " ", 1}, {T::If, 8, "if", 1}, {T::Space, 10, " ", 1}, {T::Else, 11, "else", 1}, {T::Space, 15, " ", 1}, {T::End, 16, "end", 1}, {T::Space, 19, " ", 1}, {T::With, 20, "with", 1}, {T::RightDelim, 24, "}}", 1}, {T::Eof, 26, "", 1}}},
    {"{{range if else end with}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Range, 2, "range", 1}, {T::Space, 7, " ", 1}, {T::If, 8, "if", 1}, {T::Space, 10, " ", 1}, {T::Else, 11, "else", 1}, {T::Space, 15, " ", 1}, {T::End, 16, "end", 1}, {T::Space, 19, " ", 1}, {T::With, 20, "with", 1}, {T::RightDelim, 24, "}}", 1}, {T::Eof, 26, "", 1}}},
    {"{{$c := printf $ $hello $23 $ $var.Field .Method}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Variable, 2, "$c", 1}, {T::Space, 4, " ", 1}, {T::Declare, 5, ":=", 1}, {T::Space, 7, " ", 1}, {T::Identifier, 8, "printf", 1}, {T::Space, 14, " ", 1}, {T::Variable, 15, "$", 1}, {T::Space, 16, " ", 1}, {T::Variable, 17, "$hello", 1}, {T::Space, 23, " ", 1}, {T::Variable, 24, "$23", 1}, {T::Space, 27, " ", 1}, {T::Variable, 28, "$", 1}, {T::Space, 29, " ", 1}, {T::Variable, 30, "$var", 1}, {T::Field, 34, ".Field", 1}, {T::Space, 40, " ", 1}, {T::Field, 41, ".Method", 1}, {T::RightDelim, 48, "}}", 1}, {T::Eof, 50, "", 1}}},
    {"{{$c := printf $ $hello $23 $ $var.Field .Method}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Variable, 2, "$c", 1}, {T::Space, 4, " ", 1}, {T::Declare, 5, ":=", 1}, {T::Space, 7, " ", 1}, {T::Identifier, 8, "printf", 1}, {T::Space, 14, " ", 1}, {T::Variable, 15, "$", 1}, {T::Space, 16, " ", 1}, {T::Variable, 17, "$hello", 1}, {T::Space, 23, " ", 1}, {T::Variable, 24, "$23", 1}, {T::Space, 27, " ", 1}, {T::Variable, 28, "$", 1}, {T::Space, 29, " ", 1}, {T::Variable, 30, "$var", 1}, {T::Field, 34, ".Field", 1}, {T::Space, 40, " ", 1}, {T::Field, 41, ".Method", 1}, {T::RightDelim, 48, "}}", 1}, {T::Eof, 50, "", 1}}},
    {"{{$x 23}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Variable, 2, "$x", 1}, {T::Space, 4, " ", 1}, {T::Number, 5, "23", 1}, {T::RightDelim, 7, "}}", 1}, {T::Eof, 9, "", 1}}},
    {"{{$x 23}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Variable, 2, "$x", 1}, {T::Space, 4, " ", 1}, {T::Number, 5, "23", 1}, {T::RightDelim, 7, "}}", 1}, {T::Eof, 9, "", 1}}},
    {"intro {{echo hi 1.2 |noargs|args 1 \"hi\"}} outro", "", "", false, {{T::Text, 0, "intro ", 1}, {T::LeftDelim, 6, "{{", 1}, {T::Identifier, 8, "echo", 1}, {T::Space, 12, " ", 1}, {T::Identifier, 13, "hi", 1}, {T::Space, 15, " ", 1}, {T::Number, 16, "1.2", 1}, {T::Space, 19, " ", 1}, {T::Pipe, 20, "|", 1}, {T::Identifier, 21, "noargs", 1}, {T::Pipe, 27, "|", 1}, {T::Identifier, 28, "args", 1}, {T::Space, 32, " ", 1}, {T::Number, 33, "1", 1}, {T::Space, 34, " ", 1}, {T::String, 35, "\"hi\"", 1}, {T::RightDelim, 39, "}}", 1}, {T::Text, 41, " outro", 1}, {T::Eof, 47, "", 1}}},
    {"intro {{echo hi 1.2 |noargs|args 1 \"hi\"}} outro", "", "", true, {{T::Text, 0, "intro ", 1}, {T::LeftDelim, 6, "{{", 1}, {T::Identifier, 8, "echo", 1}, {T::Space, 12, " ", 1}, {T::Identifier, 13, "hi", 1}, {T::Space, 15, " ", 1}, {T::Number, 16, "1.2", 1}, {T::Space, 19, " ", 1}, {T::Pipe, 20, "|", 1}, {T::Identifier, 21, "noargs", 1}, {T::Pipe, 27, "|", 1}, {T::Identifier, 28, "args", 1}, {T::Space, 32, " ", 1}, {T::Number, 33, "1", 1}, {T::Space, 34, " ", 1}, {T::String, 35, "\"hi\"", 1}, {T::RightDelim, 39, "}}", 1}, {T::Text, 41, " outro", 1}, {T::Eof, 47, "", 1}}},
    {"{{$v := 3}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Variable, 2, "$v", 1}, {T::Space, 4, " ", 1}, {T::Declare, 5, ":=", 1}, {T::Space, 7, " ", 1}, {T::Number, 8, "3", 1}, {T::RightDelim, 9, "}}", 1}, {T::Eof, 11, "", 1}}},
    {"{{$v := 3}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Variable, 2, "$v", 1}, {T::Space, 4, " ", 1}, {T::Declare, 5, ":=", 1}, {T::Space, 7, " ", 1}, {T::Number, 8, "3", 1}, {T::RightDelim, 9, "}}", 1}, {T::Eof, 11, "", 1}}},
    {"{{$v , $w := 3}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Variable, 2, "$v", 1}, {T::Space, 4, " ", 1}, {T::Char, 5, ",", 1}, {T::Space, 6, " ", 1}, {T::Variable, 7, "$w", 1}, {T::Space, 9, " ", 1}, {T::Declare, 10, ":=", 1}, {T::Space, 12, " ", 1}, {T::Number, 13, "3", 1}, {T::RightDelim, 14, "}}", 1}, {T::Eof, 16, "", 1}}},
    {"{{$v , $w := 3}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Variable, 2, "$v", 1}, {T::Space, 4, " ", 1}, {T::Char, 5, ",", 1}, {T::Space, 6, " ", 1}, {T::Variable, 7, "$w", 1}, {T::Space, 9, " ", 1}, {T::Declare, 10, ":=", 1}, {T::Space, 12, " ", 1}, {T::Number, 13, "3", 1}, {T::RightDelim, 14, "}}", 1}, {T::Eof, 16, "", 1}}},
    {"{{(.X).Y}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::LeftParen, 2, "(", 1}, {T::Field, 3, ".X", 1}, {T::RightParen, 5, ")", 1}, {T::Field, 6, ".Y", 1}, {T::RightDelim, 8, "}}", 1}, {T::Eof, 10, "", 1}}},
    {"{{(.X).Y}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::LeftParen, 2, "(", 1}, {T::Field, 3, ".X", 1}, {T::RightParen, 5, ")", 1}, {T::Field, 6, ".Y", 1}, {T::RightDelim, 8, "}}", 1}, {T::Eof, 10, "", 1}}},
    {"hello- {{- 3 -}} -world", "", "", false, {{T::Text, 0, "hello-", 1}, {T::LeftDelim, 7, "{{", 1}, {T::Number, 11, "3", 1}, {T::RightDelim, 14, "}}", 1}, {T::Text, 17, "-world", 1}, {T::Eof, 23, "", 1}}},
    {"hello- {{- 3 -}} -world", "", "", true, {{T::Text, 0, "hello-", 1}, {T::LeftDelim, 7, "{{", 1}, {T::Number, 11, "3", 1}, {T::RightDelim, 14, "}}", 1}, {T::Text, 17, "-world", 1}, {T::Eof, 23, "", 1}}},
    {"hello- {{- /* hello */ -}} -world", "", "", false, {{T::Text, 0, "hello-", 1}, {T::Text, 27, "-world", 1}, {T::Eof, 33, "", 1}}},
    {"hello- {{- /* hello */ -}} -world", "", "", true, {{T::Text, 0, "hello-", 1}, {T::Comment, 11, "/* hello */", 1}, {T::Text, 27, "-world", 1}, {T::Eof, 33, "", 1}}},
    {"#{{\x01}}", "", "", false, {{T::Text, 0, "#", 1}, {T::LeftDelim, 1, "{{", 1}, {T::Error, 3, "unrecognized character in action: U+0001", 1}}},
    {"#{{\x01}}", "", "", true, {{T::Text, 0, "#", 1}, {T::LeftDelim, 1, "{{", 1}, {T::Error, 3, "unrecognized character in action: U+0001", 1}}},
    {"{{", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "unclosed action", 1}}},
    {"{{", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "unclosed action", 1}}},
    {"{{range", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Range, 2, "range", 1}, {T::Error, 7, "unclosed action", 1}}},
    {"{{range", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Range, 2, "range", 1}, {T::Error, 7, "unclosed action", 1}}},
    {"{{\"\n\"}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "unterminated quoted string", 1}}},
    {"{{\"\n\"}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "unterminated quoted string", 1}}},
    {"{{`xx}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "unterminated raw quoted string", 1}}},
    {"{{`xx}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "unterminated raw quoted string", 1}}},
    {"{{'\n}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "unterminated character constant", 1}}},
    {"{{'\n}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "unterminated character constant", 1}}},
    {"{{3k}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "bad number syntax: \"3k\"", 1}}},
    {"{{3k}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "bad number syntax: \"3k\"", 1}}},
    {"{{(3}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::LeftParen, 2, "(", 1}, {T::Number, 3, "3", 1}, {T::Error, 4, "unclosed left paren", 1}}},
    {"{{(3}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::LeftParen, 2, "(", 1}, {T::Number, 3, "3", 1}, {T::Error, 4, "unclosed left paren", 1}}},
    {"{{3)}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Number, 2, "3", 1}, {T::Error, 3, "unexpected right paren", 1}}},
    {"{{3)}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Number, 2, "3", 1}, {T::Error, 3, "unexpected right paren", 1}}},
    {"{{|||||}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Pipe, 2, "|", 1}, {T::Pipe, 3, "|", 1}, {T::Pipe, 4, "|", 1}, {T::Pipe, 5, "|", 1}, {T::Pipe, 6, "|", 1}, {T::RightDelim, 7, "}}", 1}, {T::Eof, 9, "", 1}}},
    {"{{|||||}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Pipe, 2, "|", 1}, {T::Pipe, 3, "|", 1}, {T::Pipe, 4, "|", 1}, {T::Pipe, 5, "|", 1}, {T::Pipe, 6, "|", 1}, {T::RightDelim, 7, "}}", 1}, {T::Eof, 9, "", 1}}},
    {"hello-{{/*/}}-world", "", "", false, {{T::Text, 0, "hello-", 1}, {T::Error, 8, "unclosed comment", 1}}},
    {"hello-{{/*/}}-world", "", "", true, {{T::Text, 0, "hello-", 1}, {T::Error, 8, "unclosed comment", 1}}},
    {"hello-{{/* */ }}-world", "", "", false, {{T::Text, 0, "hello-", 1}, {T::Error, 8, "comment ends before closing delimiter", 1}}},
    {"hello-{{/* */ }}-world", "", "", true, {{T::Text, 0, "hello-", 1}, {T::Error, 8, "comment ends before closing delimiter", 1}}},
    {"hello-{.}}-world", "", "", false, {{T::Text, 0, "hello-{.}}-world", 1}, {T::Eof, 16, "", 1}}},
    {"hello-{.}}-world", "", "", true, {{T::Text, 0, "hello-{.}}-world", 1}, {T::Eof, 16, "", 1}}},
    {"{{,@%#}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Char, 2, ",", 1}, {T::Char, 3, "@", 1}, {T::Char, 4, "%", 1}, {T::Char, 5, "#", 1}, {T::RightDelim, 6, "}}", 1}, {T::Eof, 8, "", 1}}},
    {"{{,@%#}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Char, 2, ",", 1}, {T::Char, 3, "@", 1}, {T::Char, 4, "%", 1}, {T::Char, 5, "#", 1}, {T::RightDelim, 6, "}}", 1}, {T::Eof, 8, "", 1}}},
    {"0123{{hello}}xyz", "", "", false, {{T::Text, 0, "0123", 1}, {T::LeftDelim, 4, "{{", 1}, {T::Identifier, 6, "hello", 1}, {T::RightDelim, 11, "}}", 1}, {T::Text, 13, "xyz", 1}, {T::Eof, 16, "", 1}}},
    {"0123{{hello}}xyz", "", "", true, {{T::Text, 0, "0123", 1}, {T::LeftDelim, 4, "{{", 1}, {T::Identifier, 6, "hello", 1}, {T::RightDelim, 11, "}}", 1}, {T::Text, 13, "xyz", 1}, {T::Eof, 16, "", 1}}},
    {"{{x -}}\n{{y}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Identifier, 2, "x", 1}, {T::RightDelim, 5, "}}", 1}, {T::LeftDelim, 8, "{{", 2}, {T::Identifier, 10, "y", 2}, {T::RightDelim, 11, "}}", 2}, {T::Eof, 13, "", 2}}},
    {"{{x -}}\n{{y}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Identifier, 2, "x", 1}, {T::RightDelim, 5, "}}", 1}, {T::LeftDelim, 8, "{{", 2}, {T::Identifier, 10, "y", 2}, {T::RightDelim, 11, "}}", 2}, {T::Eof, 13, "", 2}}},
    {"{{x}}\n{{- y}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Identifier, 2, "x", 1}, {T::RightDelim, 3, "}}", 1}, {T::LeftDelim, 6, "{{", 2}, {T::Identifier, 10, "y", 2}, {T::RightDelim, 11, "}}", 2}, {T::Eof, 13, "", 2}}},
    {"{{x}}\n{{- y}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Identifier, 2, "x", 1}, {T::RightDelim, 3, "}}", 1}, {T::LeftDelim, 6, "{{", 2}, {T::Identifier, 10, "y", 2}, {T::RightDelim, 11, "}}", 2}, {T::Eof, 13, "", 2}}},
    {"{{break continue define block template}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Break, 2, "break", 1}, {T::Space, 7, " ", 1}, {T::Continue, 8, "continue", 1}, {T::Space, 16, " ", 1}, {T::Define, 17, "define", 1}, {T::Space, 23, " ", 1}, {T::Block, 24, "block", 1}, {T::Space, 29, " ", 1}, {T::Template, 30, "template", 1}, {T::RightDelim, 38, "}}", 1}, {T::Eof, 40, "", 1}}},
    {"{{break continue define block template}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Break, 2, "break", 1}, {T::Space, 7, " ", 1}, {T::Continue, 8, "continue", 1}, {T::Space, 16, " ", 1}, {T::Define, 17, "define", 1}, {T::Space, 23, " ", 1}, {T::Block, 24, "block", 1}, {T::Space, 29, " ", 1}, {T::Template, 30, "template", 1}, {T::RightDelim, 38, "}}", 1}, {T::Eof, 40, "", 1}}},
    {"{{a=b}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "bad character U+003D '='", 1}}},
    {"{{a=b}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "bad character U+003D '='", 1}}},
    {"{{a:b}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Identifier, 2, "a", 1}, {T::Error, 3, "expected :=", 1}}},
    {"{{a:b}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Identifier, 2, "a", 1}, {T::Error, 3, "expected :=", 1}}},
    {"{{a :b}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Identifier, 2, "a", 1}, {T::Space, 3, " ", 1}, {T::Error, 4, "expected :=", 1}}},
    {"{{a :b}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Identifier, 2, "a", 1}, {T::Space, 3, " ", 1}, {T::Error, 4, "expected :=", 1}}},
    {"{{$x:=1}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Variable, 2, "$x", 1}, {T::Declare, 4, ":=", 1}, {T::Number, 6, "1", 1}, {T::RightDelim, 7, "}}", 1}, {T::Eof, 9, "", 1}}},
    {"{{$x:=1}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Variable, 2, "$x", 1}, {T::Declare, 4, ":=", 1}, {T::Number, 6, "1", 1}, {T::RightDelim, 7, "}}", 1}, {T::Eof, 9, "", 1}}},
    {"{{ -}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::RightDelim, 4, "}}", 1}, {T::Eof, 6, "", 1}}},
    {"{{ -}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::RightDelim, 4, "}}", 1}, {T::Eof, 6, "", 1}}},
    {"{{- -}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Number, 4, "-", 1}, {T::RightDelim, 5, "}}", 1}, {T::Eof, 7, "", 1}}},
    {"{{- -}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Number, 4, "-", 1}, {T::RightDelim, 5, "}}", 1}, {T::Eof, 7, "", 1}}},
    {"{{ \n -}}\n\nx", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Space, 2, " \n", 1}, {T::RightDelim, 6, "}}", 2}, {T::Text, 10, "x", 4}, {T::Eof, 11, "", 4}}},
    {"{{ \n -}}\n\nx", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Space, 2, " \n", 1}, {T::RightDelim, 6, "}}", 2}, {T::Text, 10, "x", 4}, {T::Eof, 11, "", 4}}},
    {"a\n\n{{- \n/* x\ny */ \n-}}\n\nb\n{{.X}}", "", "", false, {{T::Text, 0, "a", 1}, {T::LeftDelim, 3, "{{", 3}, {T::Space, 7, "\n", 3}, {T::Char, 8, "/", 4}, {T::Char, 9, "*", 4}, {T::Space, 10, " ", 4}, {T::Identifier, 11, "x", 4}, {T::Space, 12, "\n", 4}, {T::Identifier, 13, "y", 5}, {T::Space, 14, " ", 5}, {T::Char, 15, "*", 5}, {T::Char, 16, "/", 5}, {T::Space, 17, " ", 5}, {T::RightDelim, 20, "}}", 6}, {T::Text, 24, "b\n", 8}, {T::LeftDelim, 26, "{{", 9}, {T::Field, 28, ".X", 9}, {T::RightDelim, 30, "}}", 9}, {T::Eof, 32, "", 9}}},
    {"a\n\n{{- \n/* x\ny */ \n-}}\n\nb\n{{.X}}", "", "", true, {{T::Text, 0, "a", 1}, {T::LeftDelim, 3, "{{", 3}, {T::Space, 7, "\n", 3}, {T::Char, 8, "/", 4}, {T::Char, 9, "*", 4}, {T::Space, 10, " ", 4}, {T::Identifier, 11, "x", 4}, {T::Space, 12, "\n", 4}, {T::Identifier, 13, "y", 5}, {T::Space, 14, " ", 5}, {T::Char, 15, "*", 5}, {T::Char, 16, "/", 5}, {T::Space, 17, " ", 5}, {T::RightDelim, 20, "}}", 6}, {T::Text, 24, "b\n", 8}, {T::LeftDelim, 26, "{{", 9}, {T::Field, 28, ".X", 9}, {T::RightDelim, 30, "}}", 9}, {T::Eof, 32, "", 9}}},
    {"{{/*\n*/}}\n{{x}}", "", "", false, {{T::Text, 9, "\n", 2}, {T::LeftDelim, 10, "{{", 3}, {T::Identifier, 12, "x", 3}, {T::RightDelim, 13, "}}", 3}, {T::Eof, 15, "", 3}}},
    {"{{/*\n*/}}\n{{x}}", "", "", true, {{T::Comment, 2, "/*\n*/", 1}, {T::Text, 9, "\n", 2}, {T::LeftDelim, 10, "{{", 3}, {T::Identifier, 12, "x", 3}, {T::RightDelim, 13, "}}", 3}, {T::Eof, 15, "", 3}}},
    {"{{\"\\\n\"}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "unterminated quoted string", 1}}},
    {"{{\"\\\n\"}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "unterminated quoted string", 1}}},
    {"{{'\\\n'}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "unterminated character constant", 1}}},
    {"{{'\\\n'}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "unterminated character constant", 1}}},
    {"{{`a\nb` x}}\n{{y}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::RawString, 2, "`a\nb`", 1}, {T::Space, 7, " ", 2}, {T::Identifier, 8, "x", 2}, {T::RightDelim, 9, "}}", 2}, {T::Text, 11, "\n", 2}, {T::LeftDelim, 12, "{{", 3}, {T::Identifier, 14, "y", 3}, {T::RightDelim, 15, "}}", 3}, {T::Eof, 17, "", 3}}},
    {"{{`a\nb` x}}\n{{y}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::RawString, 2, "`a\nb`", 1}, {T::Space, 7, " ", 2}, {T::Identifier, 8, "x", 2}, {T::RightDelim, 9, "}}", 2}, {T::Text, 11, "\n", 2}, {T::LeftDelim, 12, "{{", 3}, {T::Identifier, 14, "y", 3}, {T::RightDelim, 15, "}}", 3}, {T::Eof, 17, "", 3}}},
    {"{{0b101 0o17 0O17 0B1 0x_F 1_000.5 .5e3 0x.8p1 0X1P-2 1E+2i 08}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Number, 2, "0b101", 1}, {T::Space, 7, " ", 1}, {T::Number, 8, "0o17", 1}, {T::Space, 12, " ", 1}, {T::Number, 13, "0O17", 1}, {T::Space, 17, " ", 1}, {T::Number, 18, "0B1", 1}, {T::Space, 21, " ", 1}, {T::Number, 22, "0x_F", 1}, {T::Space, 26, " ", 1}, {T::Number, 27, "1_000.5", 1}, {T::Space, 34, " ", 1}, {T::Number, 35, ".5e3", 1}, {T::Space, 39, " ", 1}, {T::Number, 40, "0x.8p1", 1}, {T::Space, 46, " ", 1}, {T::Number, 47, "0X1P-2", 1}, {T::Space, 53, " ", 1}, {T::Number, 54, "1E+2i", 1}, {T::Space, 59, " ", 1}, {T::Number, 60, "08", 1}, {T::RightDelim, 62, "}}", 1}, {T::Eof, 64, "", 1}}},
    {"{{0b101 0o17 0O17 0B1 0x_F 1_000.5 .5e3 0x.8p1 0X1P-2 1E+2i 08}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Number, 2, "0b101", 1}, {T::Space, 7, " ", 1}, {T::Number, 8, "0o17", 1}, {T::Space, 12, " ", 1}, {T::Number, 13, "0O17", 1}, {T::Space, 17, " ", 1}, {T::Number, 18, "0B1", 1}, {T::Space, 21, " ", 1}, {T::Number, 22, "0x_F", 1}, {T::Space, 26, " ", 1}, {T::Number, 27, "1_000.5", 1}, {T::Space, 34, " ", 1}, {T::Number, 35, ".5e3", 1}, {T::Space, 39, " ", 1}, {T::Number, 40, "0x.8p1", 1}, {T::Space, 46, " ", 1}, {T::Number, 47, "0X1P-2", 1}, {T::Space, 53, " ", 1}, {T::Number, 54, "1E+2i", 1}, {T::Space, 59, " ", 1}, {T::Number, 60, "08", 1}, {T::RightDelim, 62, "}}", 1}, {T::Eof, 64, "", 1}}},
    {"{{1+2i+3}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Complex, 2, "1+2i", 1}, {T::Number, 6, "+3", 1}, {T::RightDelim, 8, "}}", 1}, {T::Eof, 10, "", 1}}},
    {"{{1+2i+3}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Complex, 2, "1+2i", 1}, {T::Number, 6, "+3", 1}, {T::RightDelim, 8, "}}", 1}, {T::Eof, 10, "", 1}}},
    {"{{1+x}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "bad number syntax: \"1+x\"", 1}}},
    {"{{1+x}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "bad number syntax: \"1+x\"", 1}}},
    {"{{1-2}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "bad number syntax: \"1-2\"", 1}}},
    {"{{1-2}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "bad number syntax: \"1-2\"", 1}}},
    {"{{1.2.3}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Number, 2, "1.2", 1}, {T::Number, 5, ".3", 1}, {T::RightDelim, 7, "}}", 1}, {T::Eof, 9, "", 1}}},
    {"{{1.2.3}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Number, 2, "1.2", 1}, {T::Number, 5, ".3", 1}, {T::RightDelim, 7, "}}", 1}, {T::Eof, 9, "", 1}}},
    {"{{0x1.2}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Number, 2, "0x1.2", 1}, {T::RightDelim, 7, "}}", 1}, {T::Eof, 9, "", 1}}},
    {"{{0x1.2}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Number, 2, "0x1.2", 1}, {T::RightDelim, 7, "}}", 1}, {T::Eof, 9, "", 1}}},
    {"{{0x1p}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Number, 2, "0x1p", 1}, {T::RightDelim, 6, "}}", 1}, {T::Eof, 8, "", 1}}},
    {"{{0x1p}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Number, 2, "0x1p", 1}, {T::RightDelim, 6, "}}", 1}, {T::Eof, 8, "", 1}}},
    {"{{1e5e5}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "bad number syntax: \"1e5e\"", 1}}},
    {"{{1e5e5}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "bad number syntax: \"1e5e\"", 1}}},
    {"{{+-1}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "bad number syntax: \"+-1\"", 1}}},
    {"{{+-1}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "bad number syntax: \"+-1\"", 1}}},
    {"{{--1}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "bad number syntax: \"--1\"", 1}}},
    {"{{--1}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "bad number syntax: \"--1\"", 1}}},
    {"{{1ii}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "bad number syntax: \"1ii\"", 1}}},
    {"{{1ii}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "bad number syntax: \"1ii\"", 1}}},
    {"{{é ü.x $ö}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Identifier, 2, "é", 1}, {T::Space, 4, " ", 1}, {T::Identifier, 5, "ü", 1}, {T::Field, 7, ".x", 1}, {T::Space, 9, " ", 1}, {T::Variable, 10, "$ö", 1}, {T::RightDelim, 13, "}}", 1}, {T::Eof, 15, "", 1}}},
    {"{{é ü.x $ö}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Identifier, 2, "é", 1}, {T::Space, 4, " ", 1}, {T::Identifier, 5, "ü", 1}, {T::Field, 7, ".x", 1}, {T::Space, 9, " ", 1}, {T::Variable, 10, "$ö", 1}, {T::RightDelim, 13, "}}", 1}, {T::Eof, 15, "", 1}}},
    {"{{.X€}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "bad character U+20AC '€'", 1}}},
    {"{{.X€}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "bad character U+20AC '€'", 1}}},
    {"{{ÿ}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Identifier, 2, "ÿ", 1}, {T::RightDelim, 4, "}}", 1}, {T::Eof, 6, "", 1}}},
    {"{{ÿ}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Identifier, 2, "ÿ", 1}, {T::RightDelim, 4, "}}", 1}, {T::Eof, 6, "", 1}}},
    {"{{.Xÿ}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Field, 2, ".Xÿ", 1}, {T::RightDelim, 6, "}}", 1}, {T::Eof, 8, "", 1}}},
    {"{{.Xÿ}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Field, 2, ".Xÿ", 1}, {T::RightDelim, 6, "}}", 1}, {T::Eof, 8, "", 1}}},
    {"{{aÿ}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Identifier, 2, "aÿ", 1}, {T::RightDelim, 5, "}}", 1}, {T::Eof, 7, "", 1}}},
    {"{{aÿ}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Identifier, 2, "aÿ", 1}, {T::RightDelim, 5, "}}", 1}, {T::Eof, 7, "", 1}}},
    {"{{$xÿ}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Variable, 2, "$xÿ", 1}, {T::RightDelim, 6, "}}", 1}, {T::Eof, 8, "", 1}}},
    {"{{$xÿ}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Variable, 2, "$xÿ", 1}, {T::RightDelim, 6, "}}", 1}, {T::Eof, 8, "", 1}}},
    {"{{ â }}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Space, 2, " ", 1}, {T::Error, 3, "bad character U+0082", 1}}},
    {"{{ â }}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Space, 2, " ", 1}, {T::Error, 3, "bad character U+0082", 1}}},
    {"â{{", "", "", false, {{T::Text, 0, "â", 1}, {T::LeftDelim, 4, "{{", 1}, {T::Error, 6, "unclosed action", 1}}},
    {"â{{", "", "", true, {{T::Text, 0, "â", 1}, {T::LeftDelim, 4, "{{", 1}, {T::Error, 6, "unclosed action", 1}}},
    {"{{.X.Y$}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Field, 2, ".X", 1}, {T::Error, 4, "bad character U+0024 '$'", 1}}},
    {"{{.X.Y$}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Field, 2, ".X", 1}, {T::Error, 4, "bad character U+0024 '$'", 1}}},
    {"{{$x.Y}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Variable, 2, "$x", 1}, {T::Field, 4, ".Y", 1}, {T::RightDelim, 6, "}}", 1}, {T::Eof, 8, "", 1}}},
    {"{{$x.Y}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Variable, 2, "$x", 1}, {T::Field, 4, ".Y", 1}, {T::RightDelim, 6, "}}", 1}, {T::Eof, 8, "", 1}}},
    {"{{$.Y}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Variable, 2, "$", 1}, {T::Field, 3, ".Y", 1}, {T::RightDelim, 5, "}}", 1}, {T::Eof, 7, "", 1}}},
    {"{{$.Y}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Variable, 2, "$", 1}, {T::Field, 3, ".Y", 1}, {T::RightDelim, 5, "}}", 1}, {T::Eof, 7, "", 1}}},
    {"{{$.}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Variable, 2, "$", 1}, {T::Dot, 3, ".", 1}, {T::RightDelim, 4, "}}", 1}, {T::Eof, 6, "", 1}}},
    {"{{$.}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Variable, 2, "$", 1}, {T::Dot, 3, ".", 1}, {T::RightDelim, 4, "}}", 1}, {T::Eof, 6, "", 1}}},
    {"{{.}}x", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Dot, 2, ".", 1}, {T::RightDelim, 3, "}}", 1}, {T::Text, 5, "x", 1}, {T::Eof, 6, "", 1}}},
    {"{{.}}x", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Dot, 2, ".", 1}, {T::RightDelim, 3, "}}", 1}, {T::Text, 5, "x", 1}, {T::Eof, 6, "", 1}}},
    {"{{..}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Dot, 2, ".", 1}, {T::Dot, 3, ".", 1}, {T::RightDelim, 4, "}}", 1}, {T::Eof, 6, "", 1}}},
    {"{{..}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Dot, 2, ".", 1}, {T::Dot, 3, ".", 1}, {T::RightDelim, 4, "}}", 1}, {T::Eof, 6, "", 1}}},
    {"{{.X(}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Field, 2, ".X", 1}, {T::LeftParen, 4, "(", 1}, {T::Error, 5, "unclosed left paren", 1}}},
    {"{{.X(}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Field, 2, ".X", 1}, {T::LeftParen, 4, "(", 1}, {T::Error, 5, "unclosed left paren", 1}}},
    {"{{x(}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Identifier, 2, "x", 1}, {T::LeftParen, 3, "(", 1}, {T::Error, 4, "unclosed left paren", 1}}},
    {"{{x(}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Identifier, 2, "x", 1}, {T::LeftParen, 3, "(", 1}, {T::Error, 4, "unclosed left paren", 1}}},
    {"$$,@%{{}}@@", "$$", "@@", false, {{T::LeftDelim, 0, "$$", 1}, {T::Char, 2, ",", 1}, {T::Char, 3, "@", 1}, {T::Char, 4, "%", 1}, {T::Char, 5, "{", 1}, {T::Char, 6, "{", 1}, {T::Char, 7, "}", 1}, {T::Char, 8, "}", 1}, {T::RightDelim, 9, "@@", 1}, {T::Eof, 11, "", 1}}},
    {"$$@@", "$$", "@@", false, {{T::LeftDelim, 0, "$$", 1}, {T::RightDelim, 2, "@@", 1}, {T::Eof, 4, "", 1}}},
    {"$$for@@", "$$", "@@", false, {{T::LeftDelim, 0, "$$", 1}, {T::Identifier, 2, "for", 1}, {T::RightDelim, 5, "@@", 1}, {T::Eof, 7, "", 1}}},
    {"$$\"abc \\n\\t\\\" \"@@", "$$", "@@", false, {{T::LeftDelim, 0, "$$", 1}, {T::String, 2, "\"abc \\n\\t\\\" \"", 1}, {T::RightDelim, 15, "@@", 1}, {T::Eof, 17, "", 1}}},
    {"{{hub .host hub}}", "{{hub", "hub}}", false, {{T::LeftDelim, 0, "{{hub", 1}, {T::Space, 5, " ", 1}, {T::Field, 6, ".host", 1}, {T::Space, 11, " ", 1}, {T::RightDelim, 12, "hub}}", 1}, {T::Eof, 17, "", 1}}},
    {"<<.X>> <<- .Y -> >", "<<", ">>", false, {{T::LeftDelim, 0, "<<", 1}, {T::Field, 2, ".X", 1}, {T::RightDelim, 4, ">>", 1}, {T::LeftDelim, 7, "<<", 1}, {T::Field, 11, ".Y", 1}, {T::Space, 13, " ", 1}, {T::Number, 14, "-", 1}, {T::Char, 15, ">", 1}, {T::Space, 16, " ", 1}, {T::Char, 17, ">", 1}, {T::Error, 18, "unclosed action", 1}}},
    {"<<- .Y -> >>", "<<", ">>", false, {{T::LeftDelim, 0, "<<", 1}, {T::Field, 4, ".Y", 1}, {T::Space, 6, " ", 1}, {T::Number, 7, "-", 1}, {T::Char, 8, ">", 1}, {T::Space, 9, " ", 1}, {T::RightDelim, 10, ">>", 1}, {T::Eof, 12, "", 1}}},
    {"[[.X]]{{.Y}}[[ -]] x", "[[", "]]", false, {{T::LeftDelim, 0, "[[", 1}, {T::Field, 2, ".X", 1}, {T::RightDelim, 4, "]]", 1}, {T::Text, 6, "{{.Y}}", 1}, {T::LeftDelim, 12, "[[", 1}, {T::RightDelim, 16, "]]", 1}, {T::Text, 19, "x", 1}, {T::Eof, 20, "", 1}}},
    {"{%.X%}{% /* c */ -%} y", "{%", "%}", false, {{T::LeftDelim, 0, "{%", 1}, {T::Field, 2, ".X", 1}, {T::RightDelim, 4, "%}", 1}, {T::LeftDelim, 6, "{%", 1}, {T::Space, 8, " ", 1}, {T::Char, 9, "/", 1}, {T::Char, 10, "*", 1}, {T::Space, 11, " ", 1}, {T::Identifier, 12, "c", 1}, {T::Space, 13, " ", 1}, {T::Char, 14, "*", 1}, {T::Char, 15, "/", 1}, {T::RightDelim, 18, "%}", 1}, {T::Text, 21, "y", 1}, {T::Eof, 22, "", 1}}},
    {"((.X))", "((", "))", false, {{T::LeftDelim, 0, "((", 1}, {T::Field, 2, ".X", 1}, {T::RightDelim, 4, "))", 1}, {T::Eof, 6, "", 1}}},
    {"a|.X|b", "|", "|", false, {{T::Text, 0, "a", 1}, {T::LeftDelim, 1, "|", 1}, {T::Field, 2, ".X", 1}, {T::RightDelim, 4, "|", 1}, {T::Text, 5, "b", 1}, {T::Eof, 6, "", 1}}},
    {"define0b1{{else}}/*  `", "", "", true, {{T::Text, 0, "define0b1", 1}, {T::LeftDelim, 9, "{{", 1}, {T::Else, 11, "else", 1}, {T::RightDelim, 15, "}}", 1}, {T::Text, 17, "/*  `", 1}, {T::Eof, 22, "", 1}}},
    {"*/#.{{/*\tprintf2i $\t", "", "", false, {{T::Text, 0, "*/#.", 1}, {T::Error, 6, "unclosed comment", 1}}},
    {"$.", "", "", true, {{T::Text, 0, "$.", 1}, {T::Eof, 2, "", 1}}},
    {"{{define \"d\"}}{{define \"d\"}}+*/", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Define, 2, "define", 1}, {T::Space, 8, " ", 1}, {T::String, 9, "\"d\"", 1}, {T::RightDelim, 12, "}}", 1}, {T::LeftDelim, 14, "{{", 1}, {T::Define, 16, "define", 1}, {T::Space, 22, " ", 1}, {T::String, 23, "\"d\"", 1}, {T::RightDelim, 26, "}}", 1}, {T::Text, 28, "+*/", 1}, {T::Eof, 31, "", 1}}},
    {"/*.X*/}}..range|2i", "", "", true, {{T::Text, 0, "/*.X*/}}..range|2i", 1}, {T::Eof, 18, "", 1}}},
    {"..X)", "", "", false, {{T::Text, 0, "..X)", 1}, {T::Eof, 4, "", 1}}},
    {"continue-+..X{{end}}nil3.5\r1e{{$x = 2}} ", "", "", false, {{T::Text, 0, "continue-+..X", 1}, {T::LeftDelim, 13, "{{", 1}, {T::End, 15, "end", 1}, {T::RightDelim, 18, "}}", 1}, {T::Text, 20, "nil3.5\r1e", 1}, {T::LeftDelim, 29, "{{", 1}, {T::Variable, 31, "$x", 1}, {T::Space, 33, " ", 1}, {T::Assign, 34, "=", 1}, {T::Space, 35, " ", 1}, {T::Number, 36, "2", 1}, {T::RightDelim, 37, "}}", 1}, {T::Text, 39, " ", 1}, {T::Eof, 40, "", 1}}},
    {"falseÿ{{else if .I}}`1+2i\"a\"\"x\"+foo-2", "", "", true, {{T::Text, 0, "falseÿ", 1}, {T::LeftDelim, 7, "{{", 1}, {T::Else, 9, "else", 1}, {T::Space, 13, " ", 1}, {T::If, 14, "if", 1}, {T::Space, 16, " ", 1}, {T::Field, 17, ".I", 1}, {T::RightDelim, 19, "}}", 1}, {T::Text, 21, "`1+2i\"a\"\"x\"+foo-2", 1}, {T::Eof, 38, "", 1}}},
    {"continue{{template \"t\" .}}$x\n..X(\"ÿ'c'{{continue}}index,0x1p2", "", "", false, {{T::Text, 0, "continue", 1}, {T::LeftDelim, 8, "{{", 1}, {T::Template, 10, "template", 1}, {T::Space, 18, " ", 1}, {T::String, 19, "\"t\"", 1}, {T::Space, 22, " ", 1}, {T::Dot, 23, ".", 1}, {T::RightDelim, 24, "}}", 1}, {T::Text, 26, "$x\n..X(\"ÿ'c'", 1}, {T::LeftDelim, 39, "{{", 2}, {T::Continue, 41, "continue", 2}, {T::RightDelim, 49, "}}", 2}, {T::Text, 51, "index,0x1p2", 2}, {T::Eof, 62, "", 2}}},
    {"@2i", "", "", true, {{T::Text, 0, "@2i", 1}, {T::Eof, 3, "", 1}}},
    {"define€2i*/}}{{with $v := .}}  ", "", "", false, {{T::Text, 0, "define€2i*/}}", 1}, {T::LeftDelim, 15, "{{", 1}, {T::With, 17, "with", 1}, {T::Space, 21, " ", 1}, {T::Variable, 22, "$v", 1}, {T::Space, 24, " ", 1}, {T::Declare, 25, ":=", 1}, {T::Space, 27, " ", 1}, {T::Dot, 28, ".", 1}, {T::RightDelim, 29, "}}", 1}, {T::Text, 31, "  ", 1}, {T::Eof, 33, "", 1}}},
    {"\"a\"'c'{{block \"b\" .}}'\\n'08ÿ+foo \t", "", "", false, {{T::Text, 0, "\"a\"'c'", 1}, {T::LeftDelim, 6, "{{", 1}, {T::Block, 8, "block", 1}, {T::Space, 13, " ", 1}, {T::String, 14, "\"b\"", 1}, {T::Space, 17, " ", 1}, {T::Dot, 18, ".", 1}, {T::RightDelim, 19, "}}", 1}, {T::Text, 21, "'\\n'08ÿ+foo \t", 1}, {T::Eof, 35, "", 1}}},
    {"{{template \"t\" .}}{{with $v := .}} */{{continue}}{{template \"t\" .}}){{if .X}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Template, 2, "template", 1}, {T::Space, 10, " ", 1}, {T::String, 11, "\"t\"", 1}, {T::Space, 14, " ", 1}, {T::Dot, 15, ".", 1}, {T::RightDelim, 16, "}}", 1}, {T::LeftDelim, 18, "{{", 1}, {T::With, 20, "with", 1}, {T::Space, 24, " ", 1}, {T::Variable, 25, "$v", 1}, {T::Space, 27, " ", 1}, {T::Declare, 28, ":=", 1}, {T::Space, 30, " ", 1}, {T::Dot, 31, ".", 1}, {T::RightDelim, 32, "}}", 1}, {T::Text, 34, " */", 1}, {T::LeftDelim, 37, "{{", 1}, {T::Continue, 39, "continue", 1}, {T::RightDelim, 47, "}}", 1}, {T::LeftDelim, 49, "{{", 1}, {T::Template, 51, "template", 1}, {T::Space, 59, " ", 1}, {T::String, 60, "\"t\"", 1}, {T::Space, 63, " ", 1}, {T::Dot, 64, ".", 1}, {T::RightDelim, 65, "}}", 1}, {T::Text, 67, ")", 1}, {T::LeftDelim, 68, "{{", 1}, {T::If, 70, "if", 1}, {T::Space, 72, " ", 1}, {T::Field, 73, ".X", 1}, {T::RightDelim, 75, "}}", 1}, {T::Eof, 77, "", 1}}},
    {"index,{{$x = 2}}0x1F{{with $v := .}}'\\n'{{- \"x\"1template.5", "", "", true, {{T::Text, 0, "index,", 1}, {T::LeftDelim, 6, "{{", 1}, {T::Variable, 8, "$x", 1}, {T::Space, 10, " ", 1}, {T::Assign, 11, "=", 1}, {T::Space, 12, " ", 1}, {T::Number, 13, "2", 1}, {T::RightDelim, 14, "}}", 1}, {T::Text, 16, "0x1F", 1}, {T::LeftDelim, 20, "{{", 1}, {T::With, 22, "with", 1}, {T::Space, 26, " ", 1}, {T::Variable, 27, "$v", 1}, {T::Space, 29, " ", 1}, {T::Declare, 30, ":=", 1}, {T::Space, 32, " ", 1}, {T::Dot, 33, ".", 1}, {T::RightDelim, 34, "}}", 1}, {T::Text, 36, "'\\n'", 1}, {T::LeftDelim, 40, "{{", 1}, {T::String, 44, "\"x\"", 1}, {T::Error, 47, "bad number syntax: \"1t\"", 1}}},
    {".", "", "", false, {{T::Text, 0, ".", 1}, {T::Eof, 1, "", 1}}},
    {"{{.}}$x0b1", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Dot, 2, ".", 1}, {T::RightDelim, 3, "}}", 1}, {T::Text, 5, "$x0b1", 1}, {T::Eof, 10, "", 1}}},
    {"ÿ\ntemplateindex0o71e=rangeprintf1e={{$x := 1}}2i1", "", "", false, {{T::Text, 0, "ÿ\ntemplateindex0o71e=rangeprintf1e=", 1}, {T::LeftDelim, 36, "{{", 2}, {T::Variable, 38, "$x", 2}, {T::Space, 40, " ", 2}, {T::Declare, 41, ":=", 2}, {T::Space, 43, " ", 2}, {T::Number, 44, "1", 2}, {T::RightDelim, 45, "}}", 2}, {T::Text, 47, "2i1", 2}, {T::Eof, 50, "", 2}}},
    {".Y.Zdefine\nbreakdefine.Y.Z{{range $i, $e := .}}", "", "", true, {{T::Text, 0, ".Y.Zdefine\nbreakdefine.Y.Z", 1}, {T::LeftDelim, 26, "{{", 2}, {T::Range, 28, "range", 2}, {T::Space, 33, " ", 2}, {T::Variable, 34, "$i", 2}, {T::Char, 36, ",", 2}, {T::Space, 37, " ", 2}, {T::Variable, 38, "$e", 2}, {T::Space, 40, " ", 2}, {T::Declare, 41, ":=", 2}, {T::Space, 43, " ", 2}, {T::Dot, 44, ".", 2}, {T::RightDelim, 45, "}}", 2}, {T::Eof, 47, "", 2}}},
    {"07continue$x.A,{{with2i`", "", "", false, {{T::Text, 0, "07continue$x.A,", 1}, {T::LeftDelim, 15, "{{", 1}, {T::Error, 17, "bad character U+0060 '`'", 1}}},
    {"\"a\"end{{block \"b\" .}}@5.{{else}}{{else with .W}}{{.}}/*foo", "", "", false, {{T::Text, 0, "\"a\"end", 1}, {T::LeftDelim, 6, "{{", 1}, {T::Block, 8, "block", 1}, {T::Space, 13, " ", 1}, {T::String, 14, "\"b\"", 1}, {T::Space, 17, " ", 1}, {T::Dot, 18, ".", 1}, {T::RightDelim, 19, "}}", 1}, {T::Text, 21, "@5.", 1}, {T::LeftDelim, 24, "{{", 1}, {T::Else, 26, "else", 1}, {T::RightDelim, 30, "}}", 1}, {T::LeftDelim, 32, "{{", 1}, {T::Else, 34, "else", 1}, {T::Space, 38, " ", 1}, {T::With, 39, "with", 1}, {T::Space, 43, " ", 1}, {T::Field, 44, ".W", 1}, {T::RightDelim, 46, "}}", 1}, {T::LeftDelim, 48, "{{", 1}, {T::Dot, 50, ".", 1}, {T::RightDelim, 51, "}}", 1}, {T::Text, 53, "/*foo", 1}, {T::Eof, 58, "", 1}}},
    {"{{else if .I}}..0b10b10o70b1-é{{end}}0o7*/nil ", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Else, 2, "else", 1}, {T::Space, 6, " ", 1}, {T::If, 7, "if", 1}, {T::Space, 9, " ", 1}, {T::Field, 10, ".I", 1}, {T::RightDelim, 12, "}}", 1}, {T::Text, 14, "..0b10b10o70b1-é", 1}, {T::LeftDelim, 31, "{{", 1}, {T::End, 33, "end", 1}, {T::RightDelim, 36, "}}", 1}, {T::Text, 38, "0o7*/nil ", 1}, {T::Eof, 47, "", 1}}},
    {"blockif'c'08/*-{{$.", "", "", true, {{T::Text, 0, "blockif'c'08/*-", 1}, {T::LeftDelim, 15, "{{", 1}, {T::Variable, 17, "$", 1}, {T::Number, 18, ".", 1}, {T::Error, 19, "unclosed action", 1}}},
    {"-2.5", "", "", true, {{T::Text, 0, "-2.5", 1}, {T::Eof, 4, "", 1}}},
    {"false.51e3define{{end}}$y'\\n'0x1p2-2textelseif€\"x\"", "", "", false, {{T::Text, 0, "false.51e3define", 1}, {T::LeftDelim, 16, "{{", 1}, {T::End, 18, "end", 1}, {T::RightDelim, 21, "}}", 1}, {T::Text, 23, "$y'\\n'0x1p2-2textelseif€\"x\"", 1}, {T::Eof, 52, "", 1}}},
    {"\nwith-{{/* c */}}'c'", "", "", false, {{T::Text, 0, "\nwith-", 1}, {T::Text, 17, "'c'", 2}, {T::Eof, 20, "", 2}}},
    {"{{block \"b\" .}}block'{{- false\"-2with", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Block, 2, "block", 1}, {T::Space, 7, " ", 1}, {T::String, 8, "\"b\"", 1}, {T::Space, 11, " ", 1}, {T::Dot, 12, ".", 1}, {T::RightDelim, 13, "}}", 1}, {T::Text, 15, "block'", 1}, {T::LeftDelim, 21, "{{", 1}, {T::Error, 25, "bad character U+0022 '\"'", 1}}},
    {"\"", "", "", true, {{T::Text, 0, "\"", 1}, {T::Eof, 1, "", 1}}},
    {"\t{{template \"t\" .}}$x.A'-2template1.X`0x#", "", "", false, {{T::Text, 0, "\t", 1}, {T::LeftDelim, 1, "{{", 1}, {T::Template, 3, "template", 1}, {T::Space, 11, " ", 1}, {T::String, 12, "\"t\"", 1}, {T::Space, 15, " ", 1}, {T::Dot, 16, ".", 1}, {T::RightDelim, 17, "}}", 1}, {T::Text, 19, "$x.A'-2template1.X`0x#", 1}, {T::Eof, 41, "", 1}}},
    {".5nil$0o7", "", "", false, {{T::Text, 0, ".5nil$0o7", 1}, {T::Eof, 9, "", 1}}},
    {"true'ÿ1", "", "", false, {{T::Text, 0, "true'ÿ1", 1}, {T::Eof, 8, "", 1}}},
    {"=", "", "", false, {{T::Text, 0, "=", 1}, {T::Eof, 1, "", 1}}},
    {"{{block \"b\" .}}0x1p2'\\n'index", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Block, 2, "block", 1}, {T::Space, 7, " ", 1}, {T::String, 8, "\"b\"", 1}, {T::Space, 11, " ", 1}, {T::Dot, 12, ".", 1}, {T::RightDelim, 13, "}}", 1}, {T::Text, 15, "0x1p2'\\n'index", 1}, {T::Eof, 29, "", 1}}},
    {"'\\n'-2\n.X-.Y.Ztexttrue'c'falseé5.", "", "", false, {{T::Text, 0, "'\\n'-2\n.X-.Y.Ztexttrue'c'falseé5.", 1}, {T::Eof, 34, "", 2}}},
    {"{{é{{else}}'\\n'{{if .X}}\n{{range $i, $e := .}}else0x1F{{$x = 2}}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Error, 2, "bad character U+007B '{'", 1}}},
    {"breakprintf{{end}}`r`\t{{break}}0b1\"x\"", "", "", false, {{T::Text, 0, "breakprintf", 1}, {T::LeftDelim, 11, "{{", 1}, {T::End, 13, "end", 1}, {T::RightDelim, 16, "}}", 1}, {T::Text, 18, "`r`\t", 1}, {T::LeftDelim, 22, "{{", 1}, {T::Break, 24, "break", 1}, {T::RightDelim, 29, "}}", 1}, {T::Text, 31, "0b1\"x\"", 1}, {T::Eof, 37, "", 1}}},
    {"{{break}}block", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Break, 2, "break", 1}, {T::RightDelim, 7, "}}", 1}, {T::Text, 9, "block", 1}, {T::Eof, 14, "", 1}}},
    {" -}}define07", "", "", false, {{T::Text, 0, " -}}define07", 1}, {T::Eof, 12, "", 1}}},
    {"{{else}}with.508text{{range $i, $e := .}}'\\n'define1e1eend{{- }}", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Else, 2, "else", 1}, {T::RightDelim, 6, "}}", 1}, {T::Text, 8, "with.508text", 1}, {T::LeftDelim, 20, "{{", 1}, {T::Range, 22, "range", 1}, {T::Space, 27, " ", 1}, {T::Variable, 28, "$i", 1}, {T::Char, 30, ",", 1}, {T::Space, 31, " ", 1}, {T::Variable, 32, "$e", 1}, {T::Space, 34, " ", 1}, {T::Declare, 35, ":=", 1}, {T::Space, 37, " ", 1}, {T::Dot, 38, ".", 1}, {T::RightDelim, 39, "}}", 1}, {T::Text, 41, "'\\n'define1e1eend", 1}, {T::LeftDelim, 58, "{{", 1}, {T::RightDelim, 62, "}}", 1}, {T::Eof, 64, "", 1}}},
    {"{{else}}-\"{{/* c */}}rangeprintfnil. -}}$y.|", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Else, 2, "else", 1}, {T::RightDelim, 6, "}}", 1}, {T::Text, 8, "-\"", 1}, {T::Text, 21, "rangeprintfnil. -}}$y.|", 1}, {T::Eof, 44, "", 1}}},
    {"07\"b\\n\"$x.A0x2iend*/{{.}}1foo{{range $i, $e := .}}+'", "", "", false, {{T::Text, 0, "07\"b\\n\"$x.A0x2iend*/", 1}, {T::LeftDelim, 20, "{{", 1}, {T::Dot, 22, ".", 1}, {T::RightDelim, 23, "}}", 1}, {T::Text, 25, "1foo", 1}, {T::LeftDelim, 29, "{{", 1}, {T::Range, 31, "range", 1}, {T::Space, 36, " ", 1}, {T::Variable, 37, "$i", 1}, {T::Char, 39, ",", 1}, {T::Space, 40, " ", 1}, {T::Variable, 41, "$e", 1}, {T::Space, 43, " ", 1}, {T::Declare, 44, ":=", 1}, {T::Space, 46, " ", 1}, {T::Dot, 47, ".", 1}, {T::RightDelim, 48, "}}", 1}, {T::Text, 50, "+'", 1}, {T::Eof, 52, "", 1}}},
    {"end`define\"@{{- lencontinue0x1p2", "", "", true, {{T::Text, 0, "end`define\"@", 1}, {T::LeftDelim, 12, "{{", 1}, {T::Identifier, 16, "lencontinue0x1p2", 1}, {T::Error, 32, "unclosed action", 1}}},
    {"definebreakwithtext5.{{break}}else..*/\"b\\n\"{{else if .I}}'\"", "", "", false, {{T::Text, 0, "definebreakwithtext5.", 1}, {T::LeftDelim, 21, "{{", 1}, {T::Break, 23, "break", 1}, {T::RightDelim, 28, "}}", 1}, {T::Text, 30, "else..*/\"b\\n\"", 1}, {T::LeftDelim, 43, "{{", 1}, {T::Else, 45, "else", 1}, {T::Space, 49, " ", 1}, {T::If, 50, "if", 1}, {T::Space, 52, " ", 1}, {T::Field, 53, ".I", 1}, {T::RightDelim, 55, "}}", 1}, {T::Text, 57, "'\"", 1}, {T::Eof, 59, "", 1}}},
    {"-..*/$xnil=*/}}\r#index.. -}} ", "", "", false, {{T::Text, 0, "-..*/$xnil=*/}}\r#index.. -}} ", 1}, {T::Eof, 29, "", 1}}},
    {"#0x1p2@true{{block \"b\" .}}=index@`é", "", "", false, {{T::Text, 0, "#0x1p2@true", 1}, {T::LeftDelim, 11, "{{", 1}, {T::Block, 13, "block", 1}, {T::Space, 18, " ", 1}, {T::String, 19, "\"b\"", 1}, {T::Space, 22, " ", 1}, {T::Dot, 23, ".", 1}, {T::RightDelim, 24, "}}", 1}, {T::Text, 26, "=index@`é", 1}, {T::Eof, 36, "", 1}}},
    {"{{template \"t\" .}}'$x.A..", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Template, 2, "template", 1}, {T::Space, 10, " ", 1}, {T::String, 11, "\"t\"", 1}, {T::Space, 14, " ", 1}, {T::Dot, 15, ".", 1}, {T::RightDelim, 16, "}}", 1}, {T::Text, 18, "'$x.A..", 1}, {T::Eof, 25, "", 1}}},
    {"indexrange2ielse", "", "", false, {{T::Text, 0, "indexrange2ielse", 1}, {T::Eof, 16, "", 1}}},
    {"  {{with $v := .}}$1+2i  .", "", "", false, {{T::Text, 0, "  ", 1}, {T::LeftDelim, 2, "{{", 1}, {T::With, 4, "with", 1}, {T::Space, 8, " ", 1}, {T::Variable, 9, "$v", 1}, {T::Space, 11, " ", 1}, {T::Declare, 12, ":=", 1}, {T::Space, 14, " ", 1}, {T::Dot, 15, ".", 1}, {T::RightDelim, 16, "}}", 1}, {T::Text, 18, "$1+2i  .", 1}, {T::Eof, 26, "", 1}}},
    {"elsedefine{{$x = 2}}{{if .X}}{{range $i, $e := .}}-2with$yrange\"x\".X{{/* c */}}\r", "", "", false, {{T::Text, 0, "elsedefine", 1}, {T::LeftDelim, 10, "{{", 1}, {T::Variable, 12, "$x", 1}, {T::Space, 14, " ", 1}, {T::Assign, 15, "=", 1}, {T::Space, 16, " ", 1}, {T::Number, 17, "2", 1}, {T::RightDelim, 18, "}}", 1}, {T::LeftDelim, 20, "{{", 1}, {T::If, 22, "if", 1}, {T::Space, 24, " ", 1}, {T::Field, 25, ".X", 1}, {T::RightDelim, 27, "}}", 1}, {T::LeftDelim, 29, "{{", 1}, {T::Range, 31, "range", 1}, {T::Space, 36, " ", 1}, {T::Variable, 37, "$i", 1}, {T::Char, 39, ",", 1}, {T::Space, 40, " ", 1}, {T::Variable, 41, "$e", 1}, {T::Space, 43, " ", 1}, {T::Declare, 44, ":=", 1}, {T::Space, 46, " ", 1}, {T::Dot, 47, ".", 1}, {T::RightDelim, 48, "}}", 1}, {T::Text, 50, "-2with$yrange\"x\".X", 1}, {T::Text, 79, "\r", 1}, {T::Eof, 80, "", 1}}},
    {"block{{with $v := .}}.Xblock{{$x := 1}}printf@0o7", "", "", false, {{T::Text, 0, "block", 1}, {T::LeftDelim, 5, "{{", 1}, {T::With, 7, "with", 1}, {T::Space, 11, " ", 1}, {T::Variable, 12, "$v", 1}, {T::Space, 14, " ", 1}, {T::Declare, 15, ":=", 1}, {T::Space, 17, " ", 1}, {T::Dot, 18, ".", 1}, {T::RightDelim, 19, "}}", 1}, {T::Text, 21, ".Xblock", 1}, {T::LeftDelim, 28, "{{", 1}, {T::Variable, 30, "$x", 1}, {T::Space, 32, " ", 1}, {T::Declare, 33, ":=", 1}, {T::Space, 35, " ", 1}, {T::Number, 36, "1", 1}, {T::RightDelim, 37, "}}", 1}, {T::Text, 39, "printf@0o7", 1}, {T::Eof, 49, "", 1}}},
    {"1\"a\"\t{{break}}", "", "", false, {{T::Text, 0, "1\"a\"\t", 1}, {T::LeftDelim, 5, "{{", 1}, {T::Break, 7, "break", 1}, {T::RightDelim, 12, "}}", 1}, {T::Eof, 14, "", 1}}},
    {"1efoolen{{$x := 1}}{{- 0x1F", "", "", false, {{T::Text, 0, "1efoolen", 1}, {T::LeftDelim, 8, "{{", 1}, {T::Variable, 10, "$x", 1}, {T::Space, 12, " ", 1}, {T::Declare, 13, ":=", 1}, {T::Space, 15, " ", 1}, {T::Number, 16, "1", 1}, {T::RightDelim, 17, "}}", 1}, {T::LeftDelim, 19, "{{", 1}, {T::Number, 23, "0x1F", 1}, {T::Error, 27, "unclosed action", 1}}},
    {"|@ if.Y.Z-\n$x.A:=*/}}", "", "", false, {{T::Text, 0, "|@ if.Y.Z-\n$x.A:=*/}}", 1}, {T::Eof, 21, "", 2}}},
    {":={{- /* c */ -}}end", "", "", false, {{T::Text, 0, ":=", 1}, {T::Text, 17, "end", 1}, {T::Eof, 20, "", 1}}},
    {"{{else with .W}}$x.A0o7define`@..Xÿ{{template \"t\" .}}\"b\\n\"\t=*/{{block \"b\" .}}", "", "", true, {{T::LeftDelim, 0, "{{", 1}, {T::Else, 2, "else", 1}, {T::Space, 6, " ", 1}, {T::With, 7, "with", 1}, {T::Space, 11, " ", 1}, {T::Field, 12, ".W", 1}, {T::RightDelim, 14, "}}", 1}, {T::Text, 16, "$x.A0o7define`@..Xÿ", 1}, {T::LeftDelim, 36, "{{", 1}, {T::Template, 38, "template", 1}, {T::Space, 46, " ", 1}, {T::String, 47, "\"t\"", 1}, {T::Space, 50, " ", 1}, {T::Dot, 51, ".", 1}, {T::RightDelim, 52, "}}", 1}, {T::Text, 54, "\"b\\n\"\t=*/", 1}, {T::LeftDelim, 63, "{{", 1}, {T::Block, 65, "block", 1}, {T::Space, 70, " ", 1}, {T::String, 71, "\"b\"", 1}, {T::Space, 74, " ", 1}, {T::Dot, 75, ".", 1}, {T::RightDelim, 76, "}}", 1}, {T::Eof, 78, "", 1}}},
    {":={{- ", "", "", false, {{T::Text, 0, ":=", 1}, {T::LeftDelim, 2, "{{", 1}, {T::Error, 6, "unclosed action", 1}}},
    {"$x.A\n0x1p2.X $x.Aelsefoo}}'c'1e2i:=", "", "", false, {{T::Text, 0, "$x.A\n0x1p2.X $x.Aelsefoo}}'c'1e2i:=", 1}, {T::Eof, 35, "", 2}}},
    {"$ifblock$x.A/*continuetrue){{define \"d\"}})\"false", "", "", true, {{T::Text, 0, "$ifblock$x.A/*continuetrue)", 1}, {T::LeftDelim, 27, "{{", 1}, {T::Define, 29, "define", 1}, {T::Space, 35, " ", 1}, {T::String, 36, "\"d\"", 1}, {T::RightDelim, 39, "}}", 1}, {T::Text, 41, ")\"false", 1}, {T::Eof, 48, "", 1}}},
    {"{{else with .W}}break:='\\n'{{- $y{{/*}}{{- ", "", "", false, {{T::LeftDelim, 0, "{{", 1}, {T::Else, 2, "else", 1}, {T::Space, 6, " ", 1}, {T::With, 7, "with", 1}, {T::Space, 11, " ", 1}, {T::Field, 12, ".W", 1}, {T::RightDelim, 14, "}}", 1}, {T::Text, 16, "break:='\\n'", 1}, {T::LeftDelim, 27, "{{", 1}, {T::Error, 31, "bad character U+007B '{'", 1}}},
    {"nil@text$xindex-{{range $i, $e := .}}{{else}}printf", "", "", false, {{T::Text, 0, "nil@text$xindex-", 1}, {T::LeftDelim, 16, "{{", 1}, {T::Range, 18, "range", 1}, {T::Space, 23, " ", 1}, {T::Variable, 24, "$i", 1}, {T::Char, 26, ",", 1}, {T::Space, 27, " ", 1}, {T::Variable, 28, "$e", 1}, {T::Space, 30, " ", 1}, {T::Declare, 31, ":=", 1}, {T::Space, 33, " ", 1}, {T::Dot, 34, ".", 1}, {T::RightDelim, 35, "}}", 1}, {T::LeftDelim, 37, "{{", 1}, {T::Else, 39, "else", 1}, {T::RightDelim, 43, "}}", 1}, {T::Text, 45, "printf", 1}, {T::Eof, 51, "", 1}}},
    {"0b1#){{block \"b\" .}}..Y.Z'c'true{{$x := 1}}", "", "", false, {{T::Text, 0, "0b1#)", 1}, {T::LeftDelim, 5, "{{", 1}, {T::Block, 7, "block", 1}, {T::Space, 12, " ", 1}, {T::String, 13, "\"b\"", 1}, {T::Space, 16, " ", 1}, {T::Dot, 17, ".", 1}, {T::RightDelim, 18, "}}", 1}, {T::Text, 20, "..Y.Z'c'true", 1}, {T::LeftDelim, 32, "{{", 1}, {T::Variable, 34, "$x", 1}, {T::Space, 36, " ", 1}, {T::Declare, 37, ":=", 1}, {T::Space, 39, " ", 1}, {T::Number, 40, "1", 1}, {T::RightDelim, 41, "}}", 1}, {T::Eof, 43, "", 1}}},
// END GENERATED LEX TABLE
};
// clang-format on

TEST(LexerTest, GoldenTableMatchesGo) {
  for (const LexCase& c : kGolden) {
    LexOptions opts;
    opts.emitComment = c.comments;
    std::vector<ExpItem> got = lexAll(c.input, c.left, c.right, opts);
    bool same = got.size() == c.items.size();
    for (size_t i = 0; same && i < got.size(); i++) {
      same = got[i].type == c.items[i].type && got[i].pos == c.items[i].pos &&
             got[i].val == c.items[i].val && got[i].line == c.items[i].line;
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
