#include "template_decode.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace hc::config::detail {
namespace {

// consul-template's combineLists: a, then b's items not already in a.
std::vector<std::string> combineLists(std::vector<std::string> a,
                                      const std::vector<std::string>& b) {
  std::vector<std::string> seen = a;
  for (const std::string& s : b)
    if (std::find(seen.begin(), seen.end(), s) == seen.end()) a.push_back(s);
  return a;
}

HaproxyLayer decodeHaproxy(const Decoder& d, const HclValue& b, const std::string& path) {
  HaproxyLayer h;
  d.walk(b, path,
         {d.string("socket", h.socket),
          {"mode",
           [&](const HclEntry& e, const std::string& p) {
             h.mode = d.str(e.value, p);
             try {
               checkHaproxyMode(*h.mode);
             } catch (const std::invalid_argument& err) {
               d.fail(e.value.pos, p + ": " + err.what());
             }
           }},
          d.string("check_command", h.checkCommand),
          d.millis("min_reload_interval", h.minReloadInterval),
          d.string("state_file", h.stateFile),
          d.string("reload_command", h.reloadCommand)});
  return h;
}

}  // namespace

void applyHaproxy(HaproxyConfig& h, const HaproxyLayer& l) {
  if (l.socket) h.socket = *l.socket;
  if (l.mode) h.mode = *l.mode;
  if (l.checkCommand) h.checkCommand = *l.checkCommand;
  if (l.minReloadInterval) h.minReloadInterval = *l.minReloadInterval;
  if (l.stateFile) h.stateFile = *l.stateFile;
  if (l.reloadCommand) h.reloadCommand = *l.reloadCommand;
}

TemplateEntry decodeTemplate(const Decoder& d, const HclValue& b, const std::string& path) {
  TemplateEntry entry;
  entry.origin = d.at(b.pos);
  TemplateConfig& t = entry.config;

  std::optional<std::string> source, destination, user, group, leftDelim, rightDelim, sandbox;
  std::optional<std::vector<std::string>> command, execCommand, denylist, legacyDenylist;
  std::optional<Millis> commandTimeout, execTimeout;
  std::optional<int> uid, gid;
  std::optional<bool> backup, createDestDirs, errorOnMissingKey;
  std::optional<HaproxyLayer> haproxy;
  std::optional<WaitLayer> wait;
  std::optional<int> ignoredSignal;

  d.walk(
      b, path,
      {d.string("source", source),
       {"contents",
        [&](const HclEntry& e, const std::string& p) { t.contents = d.str(e.value, p); }},
       d.string("destination", destination),
       d.list("command", command),
       d.millis("command_timeout", commandTimeout),
       d.nested("exec",
                [&](const HclValue& x, const std::string& p) {
                  // Only command and timeout concern a template's command; the rest of
                  // consul-template's exec keys are checked and ignored.
                  execCommand.reset();
                  execTimeout.reset();
                  d.walk(x, p,
                         {d.list("command", execCommand), d.millis("timeout", execTimeout),
                          d.checked("enabled", 'b'), d.signalName("kill_signal", ignoredSignal),
                          d.checked("kill_timeout", 'd'),
                          d.signalName("reload_signal", ignoredSignal), d.checked("splay", 'd'),
                          d.nested("env", [&](const HclValue& env, const std::string& ep) {
                            d.walk(env, ep,
                                   {d.checked("pristine", 'b'), d.checked("custom", 'l'),
                                    d.checked("allowlist", 'l'), d.checked("denylist", 'l'),
                                    d.checked("whitelist", 'l'), d.checked("blacklist", 'l')});
                          })});
                }),
       {"perms", [&](const HclEntry& e, const std::string& p) { t.perms = d.perms(e.value, p); }},
       d.string("user", user),
       d.string("group", group),
       d.int32("uid", uid),
       d.int32("gid", gid),
       d.flag("backup", backup),
       d.flag("create_dest_dirs", createDestDirs),
       {"wait", [&](const HclEntry& e, const std::string& p) { wait = d.wait(e.value, p); }},
       d.flag("error_on_missing_key", errorOnMissingKey),
       {"error_fatal",
        [&](const HclEntry& e, const std::string& p) { entry.errorFatal = d.boolean(e.value, p); }},
       d.string("left_delimiter", leftDelim),
       d.string("right_delimiter", rightDelim),
       d.list("function_denylist", denylist),
       d.list("function_blacklist", legacyDenylist),
       d.string("sandbox_path", sandbox),
       d.nested("haproxy", [&](const HclValue& h, const std::string& p) {
         haproxy = decodeHaproxy(d, h, p);
       })});

  // consul-template's TemplateConfig.Finalize.
  t.source = source.value_or("");
  t.destination = destination.value_or("");
  t.command = execCommand ? *execCommand : command.value_or(std::vector<std::string>{});
  t.commandTimeout = execTimeout ? *execTimeout : commandTimeout.value_or(t.commandTimeout);
  t.user = user ? *user : uid ? std::to_string(*uid) : "";
  t.group = group ? *group : gid ? std::to_string(*gid) : "";
  t.backup = backup.value_or(false);
  t.createDestDirs = createDestDirs.value_or(true);
  t.errorOnMissingKey = errorOnMissingKey.value_or(false);
  t.leftDelim = leftDelim.value_or("");
  t.rightDelim = rightDelim.value_or("");
  t.sandboxPath = sandbox.value_or("");
  t.functionDenylist = combineLists(denylist.value_or(std::vector<std::string>{}),
                                    legacyDenylist.value_or(std::vector<std::string>{}));
  if (wait && wait->min) {
    WaitConfig w;
    w.min = *wait->min;
    w.max = wait->max ? *wait->max : 4 * w.min;
    if (w.enabled()) t.wait = w;
  }
  if (haproxy) {
    t.haproxy.enabled = true;
    applyHaproxy(t.haproxy, *haproxy);
  }
  return entry;
}

}  // namespace hc::config::detail
