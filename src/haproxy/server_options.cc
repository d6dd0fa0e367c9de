#include "haproxy/server_options.h"

#include <algorithm>
#include <set>
#include <utility>

namespace hc::haproxy {
namespace {

// Server keywords that take no argument (haproxy 2.6 srv_kws with skip 0); all others take one.
const std::set<std::string, std::less<>> kFlags = {"agent-check",
                                                   "allow-0rtt",
                                                   "backup",
                                                   "check",
                                                   "check-send-proxy",
                                                   "check-ssl",
                                                   "check-via-socks4",
                                                   "disabled",
                                                   "enabled",
                                                   "force-sslv3",
                                                   "force-tlsv10",
                                                   "force-tlsv11",
                                                   "force-tlsv12",
                                                   "force-tlsv13",
                                                   "no-agent-check",
                                                   "no-backup",
                                                   "no-check",
                                                   "no-check-ssl",
                                                   "no-send-proxy",
                                                   "no-send-proxy-v2",
                                                   "no-send-proxy-v2-ssl",
                                                   "no-send-proxy-v2-ssl-cn",
                                                   "no-ssl",
                                                   "no-ssl-reuse",
                                                   "no-sslv3",
                                                   "no-tlsv10",
                                                   "no-tlsv11",
                                                   "no-tlsv12",
                                                   "no-tlsv13",
                                                   "no-tls-tickets",
                                                   "no-verifyhost",
                                                   "no-tfo",
                                                   "non-stick",
                                                   "send-proxy",
                                                   "send-proxy-v2",
                                                   "send-proxy-v2-ssl",
                                                   "send-proxy-v2-ssl-cn",
                                                   "ssl",
                                                   "ssl-reuse",
                                                   "stick",
                                                   "tfo",
                                                   "tls-tickets",
                                                   "check-send-proxy",
                                                   "no-check-send-proxy"};

// `no-K` that only cancels an inherited `K` (not an option of its own).
const std::set<std::string, std::less<>> kNegations = {"no-agent-check",
                                                       "no-backup",
                                                       "no-check",
                                                       "no-check-ssl",
                                                       "no-send-proxy",
                                                       "no-send-proxy-v2",
                                                       "no-send-proxy-v2-ssl",
                                                       "no-send-proxy-v2-ssl-cn",
                                                       "no-ssl",
                                                       "no-tfo",
                                                       "no-check-send-proxy",
                                                       "non-stick"};

// Keywords `add server` accepts on 2.6 (reference §2.6), plus the force-/no- ssl/tls families.
const std::set<std::string, std::less<>> kAddServerKeywords = {"agent-addr",
                                                               "agent-check",
                                                               "agent-inter",
                                                               "agent-port",
                                                               "agent-send",
                                                               "allow-0rtt",
                                                               "alpn",
                                                               "addr",
                                                               "backup",
                                                               "ca-file",
                                                               "check",
                                                               "check-alpn",
                                                               "check-proto",
                                                               "check-send-proxy",
                                                               "check-sni",
                                                               "check-ssl",
                                                               "check-via-socks4",
                                                               "ciphers",
                                                               "ciphersuites",
                                                               "crl-file",
                                                               "crt",
                                                               "disabled",
                                                               "downinter",
                                                               "enabled",
                                                               "error-limit",
                                                               "fall",
                                                               "fastinter",
                                                               "id",
                                                               "inter",
                                                               "maxconn",
                                                               "maxqueue",
                                                               "minconn",
                                                               "no-ssl-reuse",
                                                               "no-tls-tickets",
                                                               "npn",
                                                               "observe",
                                                               "on-error",
                                                               "on-marked-down",
                                                               "on-marked-up",
                                                               "pool-low-conn",
                                                               "pool-max-conn",
                                                               "pool-purge-delay",
                                                               "port",
                                                               "proto",
                                                               "proxy-v2-options",
                                                               "rise",
                                                               "send-proxy",
                                                               "send-proxy-v2",
                                                               "send-proxy-v2-ssl",
                                                               "send-proxy-v2-ssl-cn",
                                                               "slowstart",
                                                               "sni",
                                                               "source",
                                                               "ssl",
                                                               "ssl-max-ver",
                                                               "ssl-min-ver",
                                                               "tfo",
                                                               "tls-tickets",
                                                               "track",
                                                               "usesrc",
                                                               "verify",
                                                               "verifyhost",
                                                               "weight",
                                                               "ws"};

}  // namespace

bool addServerAccepts(const std::string& kw) {
  if (kAddServerKeywords.count(kw)) return true;
  for (std::string_view p : {"force-ssl", "force-tls", "no-ssl", "no-tls"}) {
    if (kw.compare(0, p.size(), p) == 0) return true;
  }
  return false;
}

std::vector<Option> group(const std::vector<std::string>& words) {
  std::vector<Option> out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    Option o{words[i], {words[i]}};
    if (!kFlags.count(words[i]) && i + 1 < words.size()) o.words.push_back(words[++i]);
    out.push_back(std::move(o));
  }
  return out;
}

bool isStateKey(const std::string& k) {
  return k == "enabled" || k == "disabled";
}

// default-server options overridden by the server's own, negations applied.
std::vector<Option> merge(const std::vector<std::string>& defaults,
                          const std::vector<std::string>& own) {
  std::vector<Option> out;
  auto apply = [&out](const Option& o) {
    auto same = [&](const Option& x) {
      return x.key == o.key || (isStateKey(x.key) && isStateKey(o.key));
    };
    if (kNegations.count(o.key)) {
      std::string base = o.key == "non-stick" ? "stick" : o.key.substr(3);
      out.erase(
          std::remove_if(out.begin(), out.end(), [&](const Option& x) { return x.key == base; }),
          out.end());
      return;
    }
    auto it = std::find_if(out.begin(), out.end(), same);
    if (it != out.end()) {
      *it = o;
    } else {
      out.push_back(o);
    }
  };
  for (const auto& o : group(defaults)) apply(o);
  for (const auto& o : group(own)) apply(o);
  return out;
}

const Option* find(const std::vector<Option>& opts, std::string_view key) {
  for (const auto& o : opts) {
    if (o.key == key) return &o;
  }
  return nullptr;
}

}  // namespace hc::haproxy
