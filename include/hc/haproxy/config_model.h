#pragma once
// The haproxy configuration as data: pure parsing of haproxy config text (no IO), for the
// planner that decides which changes can go through the runtime API (see plan.h).
//
// Tokenizing follows haproxy's own line parser (2.6 `parse_line`):
//   - words are split on unquoted spaces/tabs; blank and comment-only lines are dropped;
//   - "double quotes" group a word and still honour backslash escapes; 'single quotes' are
//     literal; quotes may sit inside a word (a"b c"d is one word `ab cd`); "" is an empty word;
//   - outside single quotes a backslash escapes the next character: \t \r \n and \xHH give the
//     control characters/bytes, any other character is taken literally (`\ `, `\#`, `\\`, `\"`);
//   - `#` outside quotes starts a comment;
//   - an unterminated quote is a ConfigModelError (haproxy rejects the file too).
//   Not modelled: `$VAR` environment expansion, `.if`/`.endif` conditional blocks (kept as lines).
// Every line keeps its 1-based line number (`\n` separated; a trailing `\r` is dropped).
//
// Sections start with one of the keywords in SectionKind; the next word is the name (`defaults`
// may be unnamed), any further words (`from X`) are kept in `args`. A non-empty line before the
// first section is a ConfigModelError, as in haproxy.
//
// In `backend` and `listen` sections, `server` and `server-template` lines become ServerLine
// values (in file order, in `servers`); every other line — `default-server` and `balance`
// included — stays a Line with its normalised text (words re-joined with one space).
// Thread-safety: plain values; parse() is reentrant.
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace hc::haproxy {

/// Thrown by parse(): `line()` is the 1-based line number; what() reads "line N: message".
class ConfigModelError : public std::runtime_error {
 public:
  ConfigModelError(int line, const std::string& message);
  int line() const { return line_; }
  const std::string& message() const { return message_; }

 private:
  int line_;
  std::string message_;
};

enum class SectionKind {
  Global,
  Defaults,
  Frontend,
  Backend,
  Listen,
  Resolvers,
  Peers,
  Userlist,
  Program,
  HttpErrors,
  Ring,
  Cache,
  Mailers,
};

/// The section keyword as written in a config ("http-errors" for HttpErrors).
std::string_view sectionKeyword(SectionKind kind);
/// The kind for a section keyword; nullopt when `word` does not start a section.
std::optional<SectionKind> sectionKindOf(std::string_view word);

/// One tokenized line: its words and their normalised text (words joined with one space; a word
/// that is empty or holds whitespace, quotes, `#` or `\` is re-quoted so the text stays unique).
struct Line {
  std::vector<std::string> words;
  std::string text;
  int line = 0;
};

/// `server NAME ADDR [kw...]` or `server-template PREFIX COUNT ADDR [kw...]`.
/// The address is split as haproxy's str2sa_range reads it: a known `proto@` prefix
/// (`ipv4@`, `ipv6@`, `unix@`, `abns@`, `fd@`, `sockpair@`, `udp@`, `tcp@`, ...) stays in
/// `address`; `[v6]` and `[v6]:port` lose the brackets; otherwise the port is whatever follows
/// the last colon (so a bare `::1` reads as address `:` port `1`, as in haproxy — write `[::1]`);
/// `unix@`, `abns@` and paths starting with `/` have no port. `port` keeps the text
/// (digits, or a `+N`/`-N` port map); nullopt when absent.
struct ServerLine {
  bool isTemplate = false;
  std::string name;   ///< server name, or the template prefix
  std::string count;  ///< server-template only: `N` or `LOW-HIGH`
  std::string address;
  std::optional<std::string> port;
  std::vector<std::string> keywords;  ///< every word after the address, in order
  int line = 0;

  /// The words of `keyword` options: true when a word equals `flag`.
  bool has(std::string_view flag) const;
  /// The word after the first `keyword`, nullopt if absent (or last word).
  std::optional<std::string> value(std::string_view keyword) const;
};

struct Section {
  SectionKind kind = SectionKind::Global;
  std::string name;                 ///< empty for an unnamed `defaults` (and `global`)
  std::vector<std::string> args;    ///< header words after the name (e.g. `from X`)
  int line = 0;                     ///< the header line
  std::vector<Line> lines;          ///< every non-server line, in order
  std::vector<ServerLine> servers;  ///< server and server-template lines, in order

  bool hasServers() const { return kind == SectionKind::Backend || kind == SectionKind::Listen; }
  /// The words after the first `keyword` line, nullopt when the section has no such line
  /// (e.g. words("balance") == {"roundrobin"}).
  std::optional<std::vector<std::string>> words(std::string_view keyword) const;
  /// Every `default-server` line of this section, in order.
  std::vector<const Line*> defaultServerLines() const;
};

struct Config {
  std::vector<Section> sections;

  /// Whether any `resolvers` section exists.
  bool hasResolvers() const;
  /// The first `backend` or `listen` named `name`; nullptr when none.
  const Section* backend(std::string_view name) const;
  /// The `defaults` section a backend/listen at `index` inherits from: the closest preceding
  /// one (a `from NAME` header argument picks that named section instead); nullptr when none.
  const Section* defaultsFor(std::size_t index) const;
};

/// Per backend (or listen) facts the planner needs, with haproxy's inheritance applied:
/// the backend's own line wins, else its defaults section's, else haproxy's default.
struct BackendFacts {
  std::string balance = "roundrobin";  ///< first word of `balance` (e.g. "static-rr", "uri")
  std::string hashType = "map-based";  ///< first word of `hash-type`
  /// `balance` in roundrobin/leastconn/first/random, or `hash-type consistent`: `add server`
  /// is accepted.
  bool dynamic = true;
  /// The words of every `default-server` line, the defaults section's first, then the backend's.
  std::vector<std::string> defaultServer;
  bool hasDefaultServer = false;
};
BackendFacts backendFacts(const Config& config, std::size_t sectionIndex);

/// Splits one line into words by the rules above. Throws ConfigModelError(lineNo) on an
/// unterminated quote.
std::vector<std::string> tokenizeLine(std::string_view line, int lineNo);
/// Parses a whole config. Throws ConfigModelError: unterminated quote, text outside a section,
/// `server` without name or address, `server-template` without prefix, count or address.
Config parse(std::string_view text);
/// Splits an address word into (address, port) as documented on ServerLine.
void splitAddress(std::string_view word, std::string& address, std::optional<std::string>& port);

}  // namespace hc::haproxy
