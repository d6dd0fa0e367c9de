#pragma once
// A reader for HCL v1 — the configuration language of consul-template — and for JSON
// configuration files, both into the same tree of positioned values.
//
// Usage:
//   HclValue root = parseConfigText(text, "/etc/haproxy-consul/config.hcl");
//   for (const HclEntry& e : root.entries) ...   // keys in source order, repeats kept
//
// HCL v1 as hashicorp/hcl v1 reads it:
//   key = value            key "label" { ... }  (= key { label { ... } })
//   key { ... }            key = { ... }        items optionally separated by ','
//   values: "strings" (escapes \\ \" \a \b \f \n \r \t \v \NNN \xHH \uHHHH \UHHHHHHHH;
//           `${...}` is copied as written), heredocs <<EOF ... EOF and <<-EOF (indentation of
//           the closing line removed when every line has it), numbers (decimal, 0x hex, leading
//           0 = octal: 0600 is 384 and keeps its text "0600"), floats (1.5, 1e3, .5), true /
//           false, lists [a, b,] (may nest, may hold objects), objects { ... }.
//   comments: # line, // line, /* block */.
//   identifiers: a letter or _ then letters, digits, _, -, . (`a.b-c` is one key).
// Deliberate leniencies: a heredoc's closing line may be the last line without a newline, and
// `<<-EOF` may close with an unindented `EOF` (hcl v1 rejects both). `key =` at the end of the
// file is an error (hcl v1 silently drops it).
//
// JSON (RFC 8259, via nlohmann::json) maps objects to HCL objects (duplicate keys kept), arrays to
// lists, numbers to Int/Float, null to "" (as hcl's JSON reader does).
//
// Errors: ConfigError whose what() is `NAME:LINE:COL: message` saying what was expected, e.g.
// `a.hcl:3:9: key "wait": expected '=' or '{', got end of file`. Lines and columns are 1-based;
// columns count characters (UTF-8 code points).
// Thread-safety: pure functions over their arguments.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "hc/config/errors.h"

namespace hc::config {

struct SourcePos {
  int line = 0;    ///< 1-based; 0 = unknown.
  int column = 0;  ///< 1-based, in characters.
};

enum class HclKind { Object, List, String, Int, Float, Bool };

struct HclEntry;

/// One value of the tree. Only the members of its kind are meaningful.
struct HclValue {
  HclKind kind = HclKind::Object;
  SourcePos pos;  ///< Where the value starts ('{' or '[' for containers).
  /// String / heredoc: the decoded text. Int / Float: the literal as written ("0600", "-5",
  /// "1e3"). Bool: "true" or "false".
  std::string text;
  int64_t intValue = 0;  ///< Int: the value in the base written (0600 = 384, 0x1F = 31).
  double floatValue = 0;
  bool boolValue = false;
  bool heredoc = false;
  std::vector<HclValue> items;    ///< List.
  std::vector<HclEntry> entries;  ///< Object: in source order; a key may repeat.

  /// "object", "list", "string", "number" (Int and Float) or "bool", for messages.
  const char* kindName() const;
};

struct HclEntry {
  std::string key;
  SourcePos keyPos;
  HclValue value;
};

/// Parses HCL v1 text into its root object. `name` prefixes error positions.
HclValue parseHcl(std::string_view text, const std::string& name);

/// Parses a JSON document into the same tree. Throws ConfigError `NAME:LINE:COL: invalid JSON:
/// ...`.
HclValue parseJson(std::string_view text, const std::string& name);

/// JSON when `name` ends in ".json" or the first non-space character is '{' (hcl's own rule),
/// HCL otherwise.
HclValue parseConfigText(std::string_view text, const std::string& name);

/// `NAME:LINE:COL` (or NAME when pos is unknown).
std::string formatPos(const std::string& name, SourcePos pos);

}  // namespace hc::config
