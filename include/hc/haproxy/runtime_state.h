#pragma once
// Parsers for haproxy 2.6 runtime API replies, and the rule that judges a command's reply.
// Pure functions over text (no IO); see reference/haproxy-runtime.md §1, §2.1, §2.3–2.6.
//
//   parseServersState(reply of `show servers state [B]`) -> one ServerState per server
//   parseInfo(reply of `show info`)                      -> Key -> value; processInfo() picks
//                                                           Pid, Uptime_sec, Process_num
//   parseShowProc(reply of the master CLI `show proc`)   -> master, workers, old workers, programs
//   replyOk(op, reply)                                   -> whether `op.command()` succeeded
//
// Errors: RuntimeParseError (a std::runtime_error) naming the 1-based line and what was wrong;
// a parser never returns a partial result.
// Thread-safety: pure functions over values.
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "hc/haproxy/plan.h"

namespace hc::haproxy {

class RuntimeParseError : public std::runtime_error {
 public:
  /// `what` reads "<what> line <line>: <why>: '<text>'".
  RuntimeParseError(std::string what, int line, const std::string& why, std::string_view text);
  /// 1-based line of the reply (0: the reply as a whole).
  int line() const { return line_; }

 private:
  int line_;
};

/// One row of `show servers state` (format version 1), parsed by the `#` header's column names.
struct ServerState {
  // Admin state bits (haproxy 2.6 include/haproxy/server-t.h).
  static constexpr int kForcedMaint = 0x01;      ///< FMAINT: CLI or state file
  static constexpr int kInheritedMaint = 0x02;   ///< IMAINT: a tracked server is in maint
  static constexpr int kConfigMaint = 0x04;      ///< CMAINT: config `disabled` (origin only)
  static constexpr int kForcedDrain = 0x08;      ///< FDRAIN
  static constexpr int kInheritedDrain = 0x10;   ///< IDRAIN
  static constexpr int kResolutionMaint = 0x20;  ///< RMAINT: no address (resolution, init-addr)
  static constexpr int kFqdnMaint = 0x40;        ///< HMAINT: FQDN set from the CLI
  // Operational states.
  static constexpr int kStopped = 0, kStarting = 1, kRunning = 2, kStopping = 3;

  int backendId = 0;                 ///< be_id
  std::string backend;               ///< be_name
  int serverId = 0;                  ///< srv_id
  std::string server;                ///< srv_name
  std::string address;               ///< srv_addr; "-" when the family is not IP
  int port = 0;                      ///< srv_port; 0 with a port map
  int opState = 0;                   ///< srv_op_state
  int adminState = 0;                ///< srv_admin_state (bitmask above)
  int userWeight = 0;                ///< srv_uweight (current)
  int initialWeight = 0;             ///< srv_iweight (configured)
  long long secondsSinceChange = 0;  ///< srv_time_since_last_change
  int checkStatus = 0;    ///< srv_check_status (haproxy's enum: 6 L4OK, 9 L6OK, 15 L7OK, ...)
  int checkResult = 0;    ///< srv_check_result
  int checkHealth = 0;    ///< srv_check_health
  int checkState = 0;     ///< srv_check_state (0x02 configured, 0x04 enabled, 0x08 paused)
  int agentState = 0;     ///< srv_agent_state
  bool idForced = false;  ///< srv_f_forced_id
  std::string fqdn;       ///< srv_fqdn; "-" when none
  bool useSsl = false;    ///< srv_use_ssl
  int checkPort = 0;      ///< srv_check_port; 0 follows the server port
  std::string checkAddr;  ///< srv_check_addr; "-" follows the server address
  /// Columns of the header this struct has no field for (a newer haproxy), by name.
  std::map<std::string, std::string> extra;

  /// "In maintenance" on 2.6: FMAINT, IMAINT or RMAINT (admin & 0x23). CMAINT alone is not.
  bool inMaintenance() const { return (adminState & 0x23) != 0; }
  /// Draining: FDRAIN or IDRAIN (admin & 0x18).
  bool draining() const { return (adminState & 0x18) != 0; }
  /// Maintenance forced through the CLI / state file (FMAINT).
  bool forcedMaintenance() const { return (adminState & kForcedMaint) != 0; }
  /// Operationally up (RUNNING, STARTING or STOPPING), whatever its admin state.
  bool up() const { return opState != kStopped; }
  /// Taking new traffic: up, not in maintenance, not draining.
  bool ready() const { return up() && !inMaintenance() && !draining(); }
  /// Checks configured and enabled (check_state 0x02|0x04).
  bool healthChecksEnabled() const { return (checkState & 0x06) == 0x06; }
};

/// Parses `show servers state [B]`: line 1 must be the version `1`, line 2 the `# ` header,
/// then one row per server (blank lines ignored). Columns are found by header name; be_id,
/// be_name, srv_id, srv_name, srv_addr, srv_op_state, srv_admin_state, srv_uweight, srv_iweight
/// and srv_port are required, the others default when absent; unknown ones go to `extra`.
/// Throws RuntimeParseError: another version or an error text such as `Can't find backend.`
/// (line 1), a missing header or required column (line 2), a row whose field count differs from
/// the header's or whose number column is not an integer (that row's line).
std::vector<ServerState> parseServersState(std::string_view reply);

/// Parses `show info`: `Key: value` lines (the key may contain spaces, e.g. `Unstoppable Jobs`);
/// blank lines ignored. Throws RuntimeParseError for a non-blank line without `: ` or a
/// duplicate key.
std::map<std::string, std::string> parseInfo(std::string_view reply);

/// The fields of `show info` an updater uses.
struct ProcessInfo {
  int pid = 0;              ///< Pid (the worker's when asked on the worker's socket)
  long long uptimeSec = 0;  ///< Uptime_sec
  int processNum = 0;       ///< Process_num
  std::string version;      ///< Version
};
/// Picks Pid, Uptime_sec, Process_num and Version. Throws RuntimeParseError (line 0) when one
/// is missing or a number does not parse.
ProcessInfo processInfo(const std::map<std::string, std::string>& info);

/// One row of the master CLI's `show proc`.
struct ProcEntry {
  enum class Type { Master, Worker, Program };
  int pid = 0;
  Type type = Type::Worker;
  bool old = false;                  ///< listed under `# old workers` / `# old programs` (leaving)
  int reloads = 0;                   ///< master: reloads so far; worker: reloads it has survived
  std::optional<int> failedReloads;  ///< master only (`[failed: N]`)
  std::string uptime;                ///< as printed, e.g. `0d00h00m01s`
  std::string version;               ///< e.g. `2.6.12-1+deb12u4`
};

/// Parses `show proc` (master CLI): the `#<PID> <type> ...` header line, the master row,
/// `# workers`, `# old workers`, `# programs` sections (blank lines ignored). Throws
/// RuntimeParseError for a row that does not read `<pid> <type> <reloads> [failed: N] <uptime>
/// <version>` or a type that does not match its section.
std::vector<ProcEntry> parseShowProc(std::string_view reply);

/// Whether `reply` (verbatim, as RuntimeApi returns it) reports success of `op.command()` on
/// haproxy 2.6 — success and failure are told apart by text only:
///   SetState, SetWeight, SetHealth, EnableHealth -> empty reply (whitespace only);
///   SetAddr  -> contains `IP changed` or `no need to change the addr`, and (when op.port is
///               set) `port changed` or `no need to change the port`, and none of the failure
///               texts (`Invalid addr`, `address family`, `problem converting port`,
///               `can't change`, `not enabled`): haproxy prints success and failure at one
///               severity, and a reply can report the address changed and the port refused;
///   AddServer -> `New server registered.`;  DelServer -> `Server deleted.`
/// Anything else is a failure (log it verbatim).
bool replyOk(const RuntimeOp& op, const std::string& reply);

}  // namespace hc::haproxy
