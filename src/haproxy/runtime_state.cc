#include "hc/haproxy/runtime_state.h"

#include <charconv>
#include <set>

namespace hc::haproxy {

namespace {

std::string_view trim(std::string_view s) {
  const char* ws = " \t\r\n";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

std::vector<std::string_view> splitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    lines.push_back(text.substr(0, nl));
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  for (auto& l : lines)
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
  return lines;
}

std::vector<std::string_view> splitWords(std::string_view line) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t b = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > b) words.push_back(line.substr(b, i - b));
  }
  return words;
}

template <typename T>
std::optional<T> toNumber(std::string_view s) {
  T v{};
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

bool contains(const std::string& s, const char* needle) {
  return s.find(needle) != std::string::npos;
}

}  // namespace

RuntimeParseError::RuntimeParseError(std::string what, int line, const std::string& why,
                                     std::string_view text)
    : std::runtime_error(what + " line " + std::to_string(line) + ": " + why + ": '" +
                         std::string(text.substr(0, 200)) + "'"),
      line_(line) {}

std::vector<ServerState> parseServersState(std::string_view reply) {
  static const char* kWhat = "show servers state";
  const auto lines = splitLines(reply);
  if (lines.empty() || trim(lines[0]) != "1")
    throw RuntimeParseError(kWhat, 1, "expected format version 1",
                            lines.empty() ? std::string_view() : lines[0]);
  if (lines.size() < 2 || lines[1].substr(0, 2) != "# ")
    throw RuntimeParseError(kWhat, 2, "expected the '# ' column header",
                            lines.size() < 2 ? std::string_view() : lines[1]);
  const auto header = splitWords(lines[1].substr(2));
  std::map<std::string_view, size_t> column;
  for (size_t i = 0; i < header.size(); ++i) column.emplace(header[i], i);
  for (const char* required : {"be_id", "be_name", "srv_id", "srv_name", "srv_addr", "srv_op_state",
                               "srv_admin_state", "srv_uweight", "srv_iweight", "srv_port"})
    if (!column.count(required))
      throw RuntimeParseError(kWhat, 2, std::string("missing column ") + required, lines[1]);

  std::vector<ServerState> out;
  for (size_t n = 2; n < lines.size(); ++n) {
    const int lineNo = static_cast<int>(n + 1);
    if (trim(lines[n]).empty()) continue;
    const auto fields = splitWords(lines[n]);
    if (fields.size() != header.size())
      throw RuntimeParseError(kWhat, lineNo,
                              std::to_string(fields.size()) + " fields for " +
                                  std::to_string(header.size()) + " columns",
                              lines[n]);
    ServerState s;
    std::set<std::string_view> known;
    auto text = [&](const char* name, std::string& into) {
      known.insert(name);
      auto it = column.find(name);
      if (it != column.end()) into = std::string(fields[it->second]);
    };
    auto number = [&](const char* name, auto& into) {
      known.insert(name);
      auto it = column.find(name);
      if (it == column.end()) return;
      auto v = toNumber<std::decay_t<decltype(into)>>(fields[it->second]);
      if (!v)
        throw RuntimeParseError(kWhat, lineNo,
                                std::string("column ") + name + " is not an integer ('" +
                                    std::string(fields[it->second]) + "')",
                                lines[n]);
      into = *v;
    };
    auto flag = [&](const char* name, bool& into) {
      int v = 0;
      number(name, v);
      into = v != 0;
    };
    number("be_id", s.backendId);
    text("be_name", s.backend);
    number("srv_id", s.serverId);
    text("srv_name", s.server);
    text("srv_addr", s.address);
    number("srv_op_state", s.opState);
    number("srv_admin_state", s.adminState);
    number("srv_uweight", s.userWeight);
    number("srv_iweight", s.initialWeight);
    number("srv_time_since_last_change", s.secondsSinceChange);
    number("srv_check_status", s.checkStatus);
    number("srv_check_result", s.checkResult);
    number("srv_check_health", s.checkHealth);
    number("srv_check_state", s.checkState);
    number("srv_agent_state", s.agentState);
    flag("srv_f_forced_id", s.idForced);
    text("srv_fqdn", s.fqdn);
    number("srv_port", s.port);
    flag("srv_use_ssl", s.useSsl);
    number("srv_check_port", s.checkPort);
    text("srv_check_addr", s.checkAddr);
    for (size_t i = 0; i < header.size(); ++i)
      if (!known.count(header[i])) s.extra.emplace(header[i], fields[i]);
    out.push_back(std::move(s));
  }
  return out;
}

std::map<std::string, std::string> parseInfo(std::string_view reply) {
  std::map<std::string, std::string> out;
  const auto lines = splitLines(reply);
  for (size_t n = 0; n < lines.size(); ++n) {
    if (trim(lines[n]).empty()) continue;
    const size_t colon = lines[n].find(':');
    if (colon == std::string_view::npos || colon == 0)
      throw RuntimeParseError("show info", static_cast<int>(n + 1), "expected 'Key: value'",
                              lines[n]);
    std::string key(lines[n].substr(0, colon));
    if (!out.emplace(key, std::string(trim(lines[n].substr(colon + 1)))).second)
      throw RuntimeParseError("show info", static_cast<int>(n + 1), "duplicate key " + key,
                              lines[n]);
  }
  return out;
}

ProcessInfo processInfo(const std::map<std::string, std::string>& info) {
  auto get = [&](const char* key) -> const std::string& {
    auto it = info.find(key);
    if (it == info.end()) throw RuntimeParseError("show info", 0, std::string("no ") + key, "");
    return it->second;
  };
  auto num = [&](const char* key, auto& into) {
    auto v = toNumber<std::decay_t<decltype(into)>>(get(key));
    if (!v)
      throw RuntimeParseError("show info", 0, std::string(key) + " is not an integer", get(key));
    into = *v;
  };
  ProcessInfo p;
  num("Pid", p.pid);
  num("Uptime_sec", p.uptimeSec);
  num("Process_num", p.processNum);
  p.version = get("Version");
  return p;
}

std::vector<ProcEntry> parseShowProc(std::string_view reply) {
  static const char* kWhat = "show proc";
  enum class Section {
    Master,
    Workers,
    OldWorkers,
    Programs,
    OldPrograms
  } section = Section::Master;
  std::vector<ProcEntry> out;
  const auto lines = splitLines(reply);
  for (size_t n = 0; n < lines.size(); ++n) {
    const int lineNo = static_cast<int>(n + 1);
    const std::string_view line = trim(lines[n]);
    if (line.empty() || line.substr(0, 2) == "#<") continue;
    if (line[0] == '#') {
      const std::string_view name = trim(line.substr(1));
      if (name == "workers")
        section = Section::Workers;
      else if (name == "old workers")
        section = Section::OldWorkers;
      else if (name == "programs")
        section = Section::Programs;
      else if (name == "old programs")
        section = Section::OldPrograms;
      else
        throw RuntimeParseError(kWhat, lineNo, "unknown section", line);
      continue;
    }
    auto w = splitWords(line);
    ProcEntry e;
    // <pid> <type> <reloads> [failed: N] <uptime> <version>
    if (w.size() < 5) throw RuntimeParseError(kWhat, lineNo, "expected at least 5 fields", line);
    auto pid = toNumber<int>(w[0]);
    auto reloads = toNumber<int>(w[2]);
    if (!pid || !reloads)
      throw RuntimeParseError(kWhat, lineNo, "pid and reloads must be integers", line);
    e.pid = *pid;
    e.reloads = *reloads;
    size_t next = 3;
    if (w[3] == "[failed:") {
      std::string_view count = w.size() > 4 ? w[4] : std::string_view();
      if (!count.empty() && count.back() == ']') count.remove_suffix(1);
      auto failed = toNumber<int>(count);
      if (!failed) throw RuntimeParseError(kWhat, lineNo, "bad '[failed: N]'", line);
      e.failedReloads = *failed;
      next = 5;
    }
    if (w.size() != next + 2)
      throw RuntimeParseError(kWhat, lineNo, "expected '<uptime> <version>' last", line);
    e.uptime = std::string(w[next]);
    e.version = std::string(w[next + 1]);
    const std::string_view type = w[1];
    bool fits = false;
    if (type == "master") {
      e.type = ProcEntry::Type::Master;
      fits = section == Section::Master;
    } else if (type == "worker") {
      e.type = ProcEntry::Type::Worker;
      fits = section == Section::Workers || section == Section::OldWorkers;
    } else if (type == "program") {
      e.type = ProcEntry::Type::Program;
      fits = section == Section::Programs || section == Section::OldPrograms;
    }
    if (!fits) throw RuntimeParseError(kWhat, lineNo, "unexpected process type here", line);
    e.old = section == Section::OldWorkers || section == Section::OldPrograms;
    out.push_back(std::move(e));
  }
  return out;
}

bool replyOk(const RuntimeOp& op, const std::string& reply) {
  const std::string text(trim(reply));
  switch (op.kind) {
    case RuntimeOp::Kind::SetState:
    case RuntimeOp::Kind::SetWeight:
    case RuntimeOp::Kind::SetHealth:
    case RuntimeOp::Kind::EnableHealth:
      return text.empty();
    case RuntimeOp::Kind::SetAddr: {
      // Success and failure come at one severity; a reply may say the address changed and the
      // port was refused, so every part is checked.
      for (const char* failure :
           {"Invalid addr", "invalid addr", "address family", "problem converting port",
            "can't change", "not enabled", "No such", "Require", "Permission denied"})
        if (contains(text, failure)) return false;
      if (!contains(text, "IP changed") && !contains(text, "no need to change the addr"))
        return false;
      if (op.port && !contains(text, "port changed") &&
          !contains(text, "no need to change the port"))
        return false;
      return true;
    }
    case RuntimeOp::Kind::AddServer:
      return text == "New server registered.";
    case RuntimeOp::Kind::DelServer:
      return text == "Server deleted.";
  }
  return false;
}

}  // namespace hc::haproxy
