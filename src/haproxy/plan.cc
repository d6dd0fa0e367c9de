#include "hc/haproxy/plan.h"

#include <arpa/inet.h>

#include <algorithm>
#include <set>
#include <utility>

#include "haproxy/server_options.h"

namespace hc::haproxy {
namespace {

constexpr std::size_t kMaxCommandBytes = 15000;  // haproxy reads one line into ~16 KB
constexpr std::size_t kMaxCommandWords = 64;     // MAX_CLI_ARGS

bool isDigits(const std::string& s) {
  return !s.empty() && s.size() <= 9 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool hasUnsafeChar(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return c == ';' || c == '\\' || c == ' ' || u < 0x20 || u == 0x7f;
  });
}

std::string label(const Section& s) {
  std::string out(sectionKeyword(s.kind));
  if (!s.name.empty()) out += " " + s.name;
  return out;
}

struct Planner {
  const Config& old;
  const Config& next;
  const PlanOptions& options;
  Plan out;

  void reason(std::string r) { out.reloadReasons.push_back(std::move(r)); }

  void safe(const std::string& b, const ServerLine& s, const std::string& value,
            const std::string& what) {
    if (hasUnsafeChar(value)) {
      throw UnsafeValueError(b, s.name, s.line,
                             what + " '" + value + "' contains an unsafe character");
    }
  }
  void safeNames(const std::string& b, const ServerLine& s) {
    if (!isIdentifier(b)) throw UnsafeValueError(b, s.name, s.line, "backend name is unsafe");
    if (!isIdentifier(s.name)) throw UnsafeValueError(b, s.name, s.line, "server name is unsafe");
  }

  // The bare IP for the socket, or nullopt with a reload reason (hostname with resolvers, other
  // address families); throws for a hostname without resolvers.
  std::optional<std::string> socketAddr(const std::string& b, const ServerLine& s) {
    safe(b, s, s.address, "address");
    std::string a = s.address;
    for (std::string_view p : {"ipv4@", "ipv6@"}) {
      if (a.compare(0, p.size(), p) == 0) a = a.substr(p.size());
    }
    if (isIpLiteral(a)) return a;
    if (a.find('@') != std::string::npos || (!a.empty() && a[0] == '/')) {
      reason("backend " + b + " server " + s.name + ": address '" + s.address +
             "' is not an IP address");
      return std::nullopt;
    }
    if (!next.hasResolvers()) {
      throw UnsafeValueError(b, s.name, s.line,
                             "address '" + s.address + "' is not an IP literal (no resolvers)");
    }
    reason("backend " + b + " server " + s.name + ": hostname '" + s.address +
           "' cannot be set at runtime");
    return std::nullopt;
  }

  // Config ids of a backend's servers (explicit `id`, then the next free from 1 in order).
  static int maxId(const Section& be) {
    std::set<long> used;
    for (const auto& s : be.servers) {
      if (auto id = s.value("id"); id && isDigits(*id)) used.insert(std::stol(*id));
    }
    long nextId = 1, maxSeen = used.empty() ? 0 : *used.rbegin();
    for (const auto& s : be.servers) {
      long n = 1;
      if (s.isTemplate) {
        auto dash = s.count.find('-');
        try {
          n = dash == std::string::npos
                  ? std::stol(s.count)
                  : std::stol(s.count.substr(dash + 1)) - std::stol(s.count.substr(0, dash)) + 1;
        } catch (const std::exception&) {
          n = 1;
        }
      } else if (auto id = s.value("id"); id && isDigits(*id)) {
        continue;
      }
      for (long i = 0; i < n; ++i) {
        while (used.count(nextId)) ++nextId;
        used.insert(nextId);
        maxSeen = std::max(maxSeen, nextId);
      }
    }
    return static_cast<int>(maxSeen);
  }

  void run();
  void diffLines(const Section& o, const Section& n);
  void diffServers(std::size_t oi, std::size_t ni);
  void changed(const std::string& b, const BackendFacts& f, const BackendFacts& of,
               const ServerLine& o, const ServerLine& n);
  void added(const std::string& b, const BackendFacts& f, const ServerLine& n, int& nextId);
  void removed(const std::string& b, const BackendFacts& of, const ServerLine& o);
};

void Planner::run() {
  checkDuplicates(next);
  auto keys = [](const Config& c) {
    std::vector<std::string> k;
    std::map<std::string, int> seen;
    for (const auto& s : c.sections) {
      std::string base = label(s);
      k.push_back(base + "#" + std::to_string(seen[base]++));
    }
    return k;
  };
  auto ok = keys(old), nk = keys(next);
  std::vector<std::string> oCommon, nCommon;
  for (std::size_t i = 0; i < ok.size(); ++i) {
    if (std::find(nk.begin(), nk.end(), ok[i]) == nk.end()) {
      reason("section '" + label(old.sections[i]) + "' removed (was line " +
             std::to_string(old.sections[i].line) + ")");
    } else {
      oCommon.push_back(ok[i]);
    }
  }
  for (std::size_t i = 0; i < nk.size(); ++i) {
    auto it = std::find(ok.begin(), ok.end(), nk[i]);
    if (it == ok.end()) {
      reason("section '" + label(next.sections[i]) + "' added (line " +
             std::to_string(next.sections[i].line) + ")");
      continue;
    }
    nCommon.push_back(nk[i]);
    std::size_t oi = static_cast<std::size_t>(it - ok.begin());
    const Section& o = old.sections[oi];
    const Section& n = next.sections[i];
    if (o.args != n.args) {
      reason("section '" + label(n) + "' (line " + std::to_string(n.line) + "): header changed");
    }
    diffLines(o, n);
    if (n.hasServers()) diffServers(oi, i);
  }
  if (oCommon != nCommon) reason("sections reordered");
}

void Planner::diffLines(const Section& o, const Section& n) {
  const auto& a = o.lines;
  const auto& b = n.lines;
  // LCS over the normalised texts; configs are small.
  std::vector<std::vector<int>> l(a.size() + 1, std::vector<int>(b.size() + 1, 0));
  for (std::size_t i = a.size(); i-- > 0;) {
    for (std::size_t j = b.size(); j-- > 0;) {
      l[i][j] = a[i].text == b[j].text ? l[i + 1][j + 1] + 1 : std::max(l[i + 1][j], l[i][j + 1]);
    }
  }
  std::size_t i = 0, j = 0;
  std::string where = "section '" + label(n) + "'";
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i].text == b[j].text) {
      ++i, ++j;
    } else if (j < b.size() && (i == a.size() || l[i][j + 1] >= l[i + 1][j])) {
      reason(where + " line " + std::to_string(b[j].line) + ": '" + b[j].text + "' added");
      ++j;
    } else {
      reason(where + ": '" + a[i].text + "' removed (was line " + std::to_string(a[i].line) + ")");
      ++i;
    }
  }
}

void Planner::diffServers(std::size_t oi, std::size_t ni) {
  const Section& os = old.sections[oi];
  const Section& ns = next.sections[ni];
  const std::string& b = ns.name;
  BackendFacts of = backendFacts(old, oi), nf = backendFacts(next, ni);
  std::map<std::string, const ServerLine*> oldServers, newServers, oldTpl, newTpl;
  for (const auto& s : os.servers) (s.isTemplate ? oldTpl : oldServers)[s.name] = &s;
  for (const auto& s : ns.servers) (s.isTemplate ? newTpl : newServers)[s.name] = &s;

  for (const auto& [name, t] : newTpl) {
    auto it = oldTpl.find(name);
    if (it == oldTpl.end()) {
      reason("backend " + b + " line " + std::to_string(t->line) + ": server-template '" + name +
             "' added");
    } else if (it->second->count != t->count || it->second->address != t->address ||
               it->second->port != t->port || it->second->keywords != t->keywords) {
      reason("backend " + b + " line " + std::to_string(t->line) + ": server-template '" + name +
             "' changed");
    }
  }
  for (const auto& [name, t] : oldTpl) {
    if (!newTpl.count(name)) {
      reason("backend " + b + ": server-template '" + name + "' removed (was line " +
             std::to_string(t->line) + ")");
    }
  }

  // Existing ids come from the old config; explicit ids of the next one are never reused.
  int nextId = maxId(os);
  for (const auto& s : ns.servers) {
    if (auto id = s.value("id"); id && isDigits(*id)) nextId = std::max(nextId, std::stoi(*id));
  }
  if (auto f = options.usedIdFloor.find(b); f != options.usedIdFloor.end()) {
    nextId = std::max(nextId, f->second);
  }
  for (const auto& s : ns.servers) {
    if (s.isTemplate) continue;
    auto it = oldServers.find(s.name);
    if (it != oldServers.end()) {
      changed(b, nf, of, *it->second, s);
    } else {
      added(b, nf, s, nextId);
    }
  }
  for (const auto& s : os.servers) {
    if (!s.isTemplate && !newServers.count(s.name)) removed(b, of, s);
  }

  if (nf.balance == "first") {
    std::vector<std::string> oKept, nKept;
    for (const auto& s : os.servers) {
      if (!s.isTemplate && newServers.count(s.name)) oKept.push_back(s.name);
    }
    bool addedBeforeKept = false, seenAdded = false;
    for (const auto& s : ns.servers) {
      if (s.isTemplate) continue;
      if (oldServers.count(s.name)) {
        nKept.push_back(s.name);
        addedBeforeKept = addedBeforeKept || seenAdded;
      } else {
        seenAdded = true;
      }
    }
    if (oKept != nKept || addedBeforeKept) {
      reason("backend " + b + ": server order changed with 'balance first'");
    }
  }
}

void Planner::changed(const std::string& b, const BackendFacts& f, const BackendFacts& of,
                      const ServerLine& o, const ServerLine& n) {
  // Keywords other than weight/enabled/disabled: any difference needs a reload.
  auto plain = [](const ServerLine& s) {
    std::vector<Option> v;
    for (auto& g : group(s.keywords)) {
      if (g.key != "weight" && !isStateKey(g.key)) v.push_back(std::move(g));
    }
    return v;
  };
  auto ov = plain(o), nv = plain(n);
  std::vector<std::string> diff;
  auto values = [](const std::vector<Option>& v, const std::string& key) {
    std::vector<std::vector<std::string>> out;
    for (const auto& g : v) {
      if (g.key == key) out.push_back(g.words);
    }
    return out;
  };
  for (const auto* v : {&nv, &ov}) {
    for (const auto& g : *v) {
      if (std::find(diff.begin(), diff.end(), g.key) == diff.end() &&
          values(ov, g.key) != values(nv, g.key)) {
        diff.push_back(g.key);
      }
    }
  }
  for (const auto& k : diff) {
    reason("backend " + b + " server " + n.name + ": keyword '" + k + "' changed");
  }

  auto om = merge(of.defaultServer, o.keywords), nm = merge(f.defaultServer, n.keywords);
  bool check = find(nm, "check") != nullptr;
  bool oldDisabled = find(om, "disabled") != nullptr, newDisabled = find(nm, "disabled") != nullptr;
  bool toggled = oldDisabled != newDisabled;
  bool moved = o.address != n.address || o.port != n.port;
  auto weightOf = [](const std::vector<Option>& m) {
    const Option* w = find(m, "weight");
    return w && w->words.size() > 1 ? w->words[1] : std::string("1");
  };
  std::string ow = weightOf(om), nw = weightOf(nm);
  bool weightChanged = ow != nw;
  if (!moved && !toggled && !weightChanged) return;
  safeNames(b, n);

  std::optional<std::string> addr;
  if (moved) {
    if (o.port.has_value() != n.port.has_value() || (n.port && !isDigits(*n.port))) {
      reason("backend " + b + " server " + n.name + ": port form changed");
    } else {
      if (n.port) safe(b, n, *n.port, "port");
      addr = socketAddr(b, n);
    }
  }
  std::vector<RuntimeOp> ops;
  if (toggled && newDisabled) ops.push_back(RuntimeOp::setState(b, n.name, "maint"));
  if (addr) {
    if (check && !newDisabled && !toggled) ops.push_back(RuntimeOp::setState(b, n.name, "maint"));
    ops.push_back(RuntimeOp::setAddr(b, n.name, *addr, n.port));
  }
  if (weightChanged) {
    safe(b, n, nw, "weight");
    if (!f.dynamic) {
      reason("backend " + b + " server " + n.name + ": weight changed with static algorithm '" +
             f.balance + "'");
    } else if (!isDigits(nw) || std::stol(nw) > 256) {
      reason("backend " + b + " server " + n.name + ": weight '" + nw + "' out of range");
    } else {
      ops.push_back(RuntimeOp::setWeight(b, n.name, std::stoi(nw)));
    }
  }
  if (!newDisabled && (toggled || (addr && check))) {
    ops.push_back(RuntimeOp::setState(b, n.name, "ready"));
    if (check) ops.push_back(RuntimeOp::setHealth(b, n.name, "down"));
  }
  out.ops.insert(out.ops.end(), ops.begin(), ops.end());
}

void Planner::added(const std::string& b, const BackendFacts& f, const ServerLine& n, int& nextId) {
  std::string who = "backend " + b + " server " + n.name;
  if (!f.dynamic) {
    reason(who + ": added to a backend with static algorithm '" + f.balance + "'");
    return;
  }
  safeNames(b, n);
  auto merged = merge(f.defaultServer, n.keywords);
  bool rejected = false;
  for (const auto& o : merged) {
    for (const auto& w : o.words) safe(b, n, w, "keyword '" + o.key + "' value");
    if (!isStateKey(o.key) && !addServerAccepts(o.key)) {
      reason(who + ": keyword '" + o.key + "' is not accepted by add server");
      rejected = true;
    }
  }
  if (n.port) safe(b, n, *n.port, "port");
  auto addr = socketAddr(b, n);
  if (!addr || rejected) return;
  if (n.port && !isDigits(*n.port)) {
    reason(who + ": port '" + *n.port + "' cannot be added at runtime");
    return;
  }
  if (!n.port && addr->find(':') != std::string::npos) {
    reason(who + ": IPv6 address without port cannot be added at runtime");
    return;
  }
  int id = 0;
  const Option* own = find(merged, "id");
  if (own && own->words.size() > 1 && isDigits(own->words[1])) {
    id = std::stoi(own->words[1]);
  } else {
    id = ++nextId;
  }
  std::vector<std::string> kws = {"id", std::to_string(id)};
  for (const auto& o : merged) {
    if (o.key == "id" || isStateKey(o.key)) continue;
    kws.insert(kws.end(), o.words.begin(), o.words.end());
  }
  auto op = RuntimeOp::addServer(b, n.name, n.address, n.port, kws, id);
  std::string cmd = op.command();
  if (cmd.size() > kMaxCommandBytes || kws.size() + 4 > kMaxCommandWords) {
    reason(who + ": add server command exceeds the CLI limits");
    return;
  }
  bool disabled = find(merged, "disabled") != nullptr;
  bool check = find(merged, "check") != nullptr;
  out.ops.push_back(std::move(op));
  if (!disabled) {
    out.ops.push_back(RuntimeOp::setState(b, n.name, "ready"));
    if (check) out.ops.push_back(RuntimeOp::setHealth(b, n.name, "down"));
  }
  if (check) out.ops.push_back(RuntimeOp::enableHealth(b, n.name));
}

void Planner::removed(const std::string& b, const BackendFacts& of, const ServerLine& o) {
  std::string who = "backend " + b + " server " + o.name;
  if (!of.dynamic) {
    reason(who + ": removed from a backend with static algorithm '" + of.balance + "'");
    return;
  }
  safeNames(b, o);
  out.ops.push_back(RuntimeOp::setState(b, o.name, "maint"));
  if (find(merge(of.defaultServer, o.keywords), "resolvers")) {
    reason(who + ": uses resolvers and cannot be deleted at runtime");
    return;
  }
  for (const Config* c : {&old, &next}) {
    for (const auto& sec : c->sections) {
      for (const auto& s : sec.servers) {
        auto t = s.value("track");
        if (t && (*t == b + "/" + o.name || (sec.name == b && *t == o.name))) {
          reason(who + ": tracked by " + sec.name + "/" + s.name + ", cannot be deleted");
          return;
        }
      }
    }
  }
  out.ops.push_back(RuntimeOp::delServer(b, o.name));
}

}  // namespace

DuplicateServerError::DuplicateServerError(std::string backend, std::string server, int firstLine,
                                           int secondLine)
    : std::runtime_error("backend " + backend + ": duplicate server '" + server + "' at lines " +
                         std::to_string(firstLine) + " and " + std::to_string(secondLine)),
      backend_(std::move(backend)),
      server_(std::move(server)),
      firstLine_(firstLine),
      secondLine_(secondLine) {}

UnsafeValueError::UnsafeValueError(std::string backend, std::string server, int line,
                                   const std::string& why)
    : std::runtime_error("backend " + backend + " server " + server + " (line " +
                         std::to_string(line) + "): " + why),
      backend_(std::move(backend)),
      server_(std::move(server)),
      line_(line) {}

bool isIdentifier(const std::string& name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == ':' || c == '-';
  });
}

bool isIpLiteral(const std::string& addr) {
  unsigned char buf[16];
  return inet_pton(AF_INET, addr.c_str(), buf) == 1 || inet_pton(AF_INET6, addr.c_str(), buf) == 1;
}

void checkDuplicates(const Config& config) {
  for (const auto& sec : config.sections) {
    if (!sec.hasServers()) continue;
    std::map<std::string, int> seen;
    for (const auto& s : sec.servers) {
      if (s.isTemplate) continue;
      auto [it, inserted] = seen.emplace(s.name, s.line);
      if (!inserted) throw DuplicateServerError(sec.name, s.name, it->second, s.line);
    }
  }
}

Plan plan(const Config& old, const Config& next, const PlanOptions& options) {
  Planner p{old, next, options, {}};
  p.run();
  return std::move(p.out);
}

}  // namespace hc::haproxy
