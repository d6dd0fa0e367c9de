#pragma once
// plan(): the pure diff between the running haproxy config and the next one (no IO), computed
// like envoy's updateDynamicHostList: servers are matched by (backend, server name); what can be
// applied through the haproxy 2.6 runtime API becomes RuntimeOps, everything else becomes a
// reload reason naming what changed.
//
// Per matched server (`server` lines of `backend`/`listen` sections):
//   address/port changed      -> [maint] SetAddr [ready, health down]   (bracketed: only with
//                                `check` and not `disabled`, so traffic waits for a passing check)
//   `weight` changed          -> SetWeight (a static-algorithm backend: reload reason)
//   `disabled` added/removed  -> SetState maint / SetState ready [+ SetHealth down with check]
//   any other keyword changed -> reload reason "backend B server S: keyword 'K' changed"
//   port added/removed, a port map (+N/-N), or a non-IP address form -> reload reason
// Added server: AddServer (id = the line's `id`, else max id of the backend + 1, see
//   PlanOptions) then, unless `disabled`, SetState ready; with `check`: SetHealth down and
//   EnableHealth. AddServer repeats the default-server options (the server's own win; `enabled`
//   and `disabled` are never passed). A static-algorithm backend, a keyword `add server` does not
//   accept, or a command over the CLI limits -> reload reason instead.
// Removed server: SetState maint then DelServer (the caller waits for zero sessions and retries
//   "still has connections"). A server another server `track`s, or one with `resolvers`, cannot
//   be deleted: SetState maint plus a reload reason. A static-algorithm backend: reload reason.
// Reload reasons also for: any non-server line added/removed/changed (section and line named),
//   sections added/removed/reordered or their header changed, server-template lines changed,
//   server order changed in a `balance first` backend (order of kept servers, or a server added
//   before a kept one).
//
// Choice: ops are always listed for every runtime-applicable change, even when reloadReasons is
// not empty; the plan is runtime-only iff reloadReasons is empty. A caller that reloads anyway may
// ignore the ops (the file on disk holds the desired state) or apply them first.
//
// Errors (thrown before any planning; a Plan is never partial):
//   DuplicateServerError: two `server` lines with one name in one backend of `next`;
//   UnsafeValueError: a value that would reach the socket in an op is unsafe: a backend/server
//     name outside [A-Za-z0-9_.:-], an address that is not an IP literal (a hostname is accepted
//     only when `next` has a `resolvers` section — it still cannot be set at runtime, so it
//     becomes a reload reason), or `;`, `\`, whitespace or control characters in any value.
// Thread-safety: pure functions over values.
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "hc/haproxy/config_model.h"

namespace hc::haproxy {

class DuplicateServerError : public std::runtime_error {
 public:
  DuplicateServerError(std::string backend, std::string server, int firstLine, int secondLine);
  const std::string& backend() const { return backend_; }
  const std::string& server() const { return server_; }
  int firstLine() const { return firstLine_; }
  int secondLine() const { return secondLine_; }

 private:
  std::string backend_, server_;
  int firstLine_, secondLine_;
};

class UnsafeValueError : public std::runtime_error {
 public:
  UnsafeValueError(std::string backend, std::string server, int line, const std::string& why);
  const std::string& backend() const { return backend_; }
  const std::string& server() const { return server_; }
  int line() const { return line_; }

 private:
  std::string backend_, server_;
  int line_;
};

/// One runtime API command. Fields not used by a kind stay empty.
struct RuntimeOp {
  enum class Kind { SetAddr, SetWeight, SetState, SetHealth, EnableHealth, AddServer, DelServer };
  Kind kind = Kind::SetState;
  std::string backend;
  std::string server;
  std::string addr;                   ///< SetAddr (bare IP), AddServer (as in the config)
  std::optional<std::string> port;    ///< SetAddr, AddServer
  int weight = 0;                     ///< SetWeight
  std::string value;                  ///< SetState: maint|ready|drain; SetHealth: up|down|stopping
  std::vector<std::string> keywords;  ///< AddServer options, `id N` included
  int id = 0;                         ///< AddServer

  /// The exact runtime API line, e.g. `set server web/n1 addr 10.0.0.1 port 8080`,
  /// `set server B/S weight 5`, `set server B/S state maint`, `set server B/S health down`,
  /// `enable health B/S`, `add server B/S 10.0.0.1:8080 check id 7`, `del server B/S`.
  std::string command() const;

  static RuntimeOp setAddr(std::string b, std::string s, std::string addr,
                           std::optional<std::string> port);
  static RuntimeOp setWeight(std::string b, std::string s, int weight);
  static RuntimeOp setState(std::string b, std::string s, std::string state);
  static RuntimeOp setHealth(std::string b, std::string s, std::string health);
  static RuntimeOp enableHealth(std::string b, std::string s);
  static RuntimeOp addServer(std::string b, std::string s, std::string addr,
                             std::optional<std::string> port, std::vector<std::string> keywords,
                             int id);
  static RuntimeOp delServer(std::string b, std::string s);

  bool operator==(const RuntimeOp& o) const;
  bool operator!=(const RuntimeOp& o) const { return !(*this == o); }
};

struct Plan {
  std::vector<RuntimeOp> ops;
  std::vector<std::string> reloadReasons;

  bool needsReload() const { return !reloadReasons.empty(); }
  bool empty() const { return ops.empty() && reloadReasons.empty(); }
};

struct PlanOptions {
  /// Highest server id known to be in use per backend at runtime (e.g. read from `show servers
  /// state`): ids of added servers start above max(this, ids derived from old and next).
  std::map<std::string, int> usedIdFloor;
};

Plan plan(const Config& old, const Config& next, const PlanOptions& options = {});

/// Throws DuplicateServerError for the first duplicate `server` name in a backend of `config`.
void checkDuplicates(const Config& config);

/// Whether `name` is a non-empty haproxy identifier ([A-Za-z0-9_.:-]).
bool isIdentifier(const std::string& name);
/// Whether `addr` is an IPv4 or IPv6 literal (no brackets, no prefix).
bool isIpLiteral(const std::string& addr);

}  // namespace hc::haproxy
