#pragma once
// Server-line options as haproxy 2.6 reads them (private to hc::haproxy): keywords grouped with
// their argument, default-server inheritance, and the keywords `add server` accepts.
#include <string>
#include <string_view>
#include <vector>

namespace hc::haproxy {

/// One keyword with its argument words (`words[0]` is the keyword itself).
struct Option {
  std::string key;
  std::vector<std::string> words;
};

/// Groups server-line words: flags (check, ssl, backup, ...) stand alone, others take one word.
std::vector<Option> group(const std::vector<std::string>& words);
/// `enabled` or `disabled` (one setting: the later one wins).
bool isStateKey(const std::string& key);
/// default-server options overridden by the server's own; `no-K` removes an inherited `K`.
std::vector<Option> merge(const std::vector<std::string>& defaults,
                          const std::vector<std::string>& own);
/// The first option named `key`, nullptr when absent.
const Option* find(const std::vector<Option>& opts, std::string_view key);
/// Whether haproxy 2.6's `add server` accepts the keyword (reference §2.6).
bool addServerAccepts(const std::string& key);

}  // namespace hc::haproxy
