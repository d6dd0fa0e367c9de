#include "hc/consul/consul_client.h"

#include <algorithm>

#include "consul_json.h"

namespace hc::consul {

namespace {

using std::chrono::milliseconds;

// Consul's default_query_time: how long it blocks when a request has an index but no wait.
constexpr milliseconds kDefaultQueryTime = std::chrono::minutes(5);
// The name no real service, node or check has: the feeds ask for it so their bodies stay
// empty while their index is the whole table's.
constexpr const char* kFeedName = "haproxy-consul-feed";
// Error bodies are quoted in messages; a proxy's HTML page should not flood the log.
constexpr size_t kMaxBodyInMessage = 512;

bool unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.' || c == '~';
}

void appendEscaped(std::string& out, unsigned char c) {
  static const char* hex = "0123456789ABCDEF";
  out.push_back('%');
  out.push_back(hex[c >> 4]);
  out.push_back(hex[c & 15]);
}

// url.QueryEscape.
std::string queryEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    if (unreserved(c))
      out.push_back(static_cast<char>(c));
    else if (c == ' ')
      out.push_back('+');
    else
      appendEscaped(out, c);
  }
  return out;
}

// A path segment (service or node name): everything but unreserved characters escaped, so a
// name can never reach another endpoint.
std::string escapeSegment(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    if (unreserved(c))
      out.push_back(static_cast<char>(c));
    else
      appendEscaped(out, c);
  }
  return out;
}

// A KV key keeps its '/' separators (and the characters Go leaves alone in a path).
std::string escapeKeyPath(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    if (unreserved(c) || c == '/' || c == '$' || c == '&' || c == '+' || c == ',' || c == ':' ||
        c == ';' || c == '=' || c == '@')
      out.push_back(static_cast<char>(c));
    else
      appendEscaped(out, c);
  }
  return out;
}

// Consul's Go client strips one leading '/' from KV keys.
std::string kvPath(std::string_view key) {
  if (!key.empty() && key.front() == '/') key.remove_prefix(1);
  return "/v1/kv/" + escapeKeyPath(key);
}

std::optional<uint64_t> parseUint(const std::string& s) {
  if (s.empty() || s.size() > 20) return std::nullopt;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    uint64_t next = v * 10 + static_cast<uint64_t>(c - '0');
    if (next / 10 != v) return std::nullopt;
    v = next;
  }
  return v;
}

QueryMeta metaOf(const HttpResponse& r) {
  QueryMeta m;
  if (const std::string* v = r.header("X-Consul-Index")) m.lastIndex = parseUint(*v).value_or(0);
  // A reply without the header (an agent endpoint) says nothing about the leader.
  if (const std::string* v = r.header("X-Consul-KnownLeader")) m.knownLeader = *v == "true";
  if (const std::string* v = r.header("X-Consul-LastContact"))
    m.lastContact = milliseconds(static_cast<int64_t>(parseUint(*v).value_or(0)));
  return m;
}

std::string trimmedBody(const std::string& body, const std::string& token) {
  size_t end = body.size();
  while (end > 0 && (body[end - 1] == '\n' || body[end - 1] == '\r' || body[end - 1] == ' ')) --end;
  std::string text = body.substr(0, std::min(end, kMaxBodyInMessage));
  if (end > kMaxBodyInMessage) text += "...";
  // Consul does not echo tokens, but a proxy in between might.
  if (!token.empty()) {
    for (size_t at = text.find(token); at != std::string::npos; at = text.find(token, at))
      text.replace(at, token.size(), "<hidden>");
  }
  return text;
}

// The Go client's wording, so operators see what consul-template would have logged.
[[noreturn]] void throwStatus(const HttpResponse& r, const std::string& token) {
  std::string body = trimmedBody(r.body, token);
  ConsulErrorKind kind = ConsulErrorKind::Other;
  if (r.status == 403)
    kind = ConsulErrorKind::AclDenied;
  else if (r.status == 404)
    kind = ConsulErrorKind::NotFound;
  else if (r.status == 429)
    kind = ConsulErrorKind::RateLimited;
  else if (r.status == 500 && body.find("No cluster leader") != std::string::npos)
    kind = ConsulErrorKind::NoLeader;
  else if (r.status >= 500 && r.status <= 599)
    kind = ConsulErrorKind::ServerError;
  else if (r.status >= 400 && r.status <= 499)
    kind = ConsulErrorKind::BadRequest;
  throw ConsulError("Unexpected response code: " + std::to_string(r.status) + " (" + body + ")",
                    kind, r.status);
}

// The meta of `r`, and `decode()`'s value unless the index is the one the caller holds.
template <class Decode>
auto answer(const HttpResponse& r, const QueryOptions& q, Decode decode)
    -> Response<decltype(decode())> {
  QueryMeta meta = metaOf(r);
  if (q.knownIndex != 0 && meta.lastIndex == q.knownIndex) {
    meta.unchanged = true;
    return {{}, meta};
  }
  return {decode(), meta};
}

}  // namespace

ConsulClient::ConsulClient(std::unique_ptr<HttpConnection> connection, std::string token,
                           milliseconds readTimeoutMargin)
    : connection_(std::move(connection)),
      token_(std::move(token)),
      readTimeoutMargin_(readTimeoutMargin) {}

HttpResponse ConsulClient::get(const std::string& path, Params params, const QueryOptions* q,
                               bool absentOk) {
  milliseconds timeout = readTimeoutMargin_;
  if (q) {
    auto add = [&](const char* k, const std::string& v) {
      if (!v.empty()) params.emplace_back(k, v);
    };
    add("ns", q->nameSpace);
    add("partition", q->partition);
    add("sameness-group", q->samenessGroup);
    add("dc", q->datacenter);
    add("peer", q->peer);
    add("near", q->near);
    if (q->allowStale) params.emplace_back("stale", "");
    if (q->requireConsistent) params.emplace_back("consistent", "");
    if (q->waitIndex > 0) params.emplace_back("index", std::to_string(q->waitIndex));
    if (q->waitTime.count() > 0)
      params.emplace_back("wait", std::to_string(q->waitTime.count()) + "ms");
    milliseconds wait = q->waitTime.count() > 0 ? q->waitTime
                        : q->waitIndex > 0      ? kDefaultQueryTime
                                                : milliseconds(0);
    timeout = wait + wait / 16 + readTimeoutMargin_;
  }
  // url.Values.Encode: keys sorted, every pair key=value (empty values as "key=").
  std::stable_sort(params.begin(), params.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  HttpRequest request;
  request.method = "GET";
  request.target = path;
  for (size_t i = 0; i < params.size(); ++i) {
    request.target += i == 0 ? '?' : '&';
    request.target += queryEscape(params[i].first) + "=" + queryEscape(params[i].second);
  }
  if (!token_.empty()) request.headers.emplace_back("X-Consul-Token", token_);
  HttpResponse r = connection_->send(request, timeout);
  if (r.status >= 200 && r.status <= 299) return r;
  if (r.status == 404 && absentOk) return r;
  throwStatus(r, token_);
}

Response<std::vector<api::ServiceEntry>> ConsulClient::healthService(const std::string& service,
                                                                     const std::string& tag,
                                                                     bool passingOnly,
                                                                     const QueryOptions& q) {
  const std::string path = "/v1/health/service/" + escapeSegment(service);
  Params params;
  if (!tag.empty()) params.emplace_back("tag", tag);
  if (passingOnly) params.emplace_back("passing", "1");
  HttpResponse r = get(path, std::move(params), &q, false);
  return answer(r, q, [&] { return detail::decodeServiceEntries(r.body, path); });
}

Response<std::map<std::string, std::vector<std::string>>> ConsulClient::catalogServices(
    const QueryOptions& q) {
  const std::string path = "/v1/catalog/services";
  HttpResponse r = get(path, {}, &q, false);
  return answer(r, q, [&] { return detail::decodeServiceTags(r.body, path); });
}

Response<std::vector<api::Node>> ConsulClient::catalogNodes(const QueryOptions& q) {
  const std::string path = "/v1/catalog/nodes";
  HttpResponse r = get(path, {}, &q, false);
  return answer(r, q, [&] { return detail::decodeNodes(r.body, path); });
}

Response<std::optional<api::CatalogNode>> ConsulClient::catalogNode(const std::string& node,
                                                                    const QueryOptions& q) {
  const std::string path = "/v1/catalog/node/" + escapeSegment(node);
  HttpResponse r = get(path, {}, &q, false);
  return answer(r, q, [&] { return detail::decodeCatalogNode(r.body, path); });
}

Response<std::optional<api::KVPair>> ConsulClient::kvGet(const std::string& key,
                                                         const QueryOptions& q) {
  const std::string path = kvPath(key);
  HttpResponse r = get(path, {}, &q, true);
  Response<std::optional<api::KVPair>> out{std::nullopt, metaOf(r)};
  if (r.status == 404) return out;
  std::vector<api::KVPair> pairs = detail::decodeKVPairs(r.body, path);
  if (!pairs.empty()) out.value = std::move(pairs.front());
  return out;
}

Response<std::vector<api::KVPair>> ConsulClient::kvList(const std::string& prefix,
                                                        const QueryOptions& q) {
  const std::string path = kvPath(prefix);
  HttpResponse r = get(path, {{"recurse", ""}}, &q, true);
  if (r.status == 404) return {{}, metaOf(r)};
  return answer(r, q, [&] { return detail::decodeKVPairs(r.body, path); });
}

Response<std::vector<std::string>> ConsulClient::kvKeys(const std::string& prefix,
                                                        const std::string& separator,
                                                        const QueryOptions& q) {
  const std::string path = kvPath(prefix);
  Params params{{"keys", ""}};
  if (!separator.empty()) params.emplace_back("separator", separator);
  HttpResponse r = get(path, std::move(params), &q, true);
  if (r.status == 404) return {{}, metaOf(r)};
  return answer(r, q, [&] { return detail::decodeStrings(r.body, path); });
}

std::vector<std::string> ConsulClient::catalogDatacenters() {
  const std::string path = "/v1/catalog/datacenters";
  return detail::decodeStrings(get(path, {}, nullptr, false).body, path);
}

std::string ConsulClient::agentNodeName() {
  const std::string path = "/v1/agent/self";
  return detail::decodeAgentNodeName(get(path, {}, nullptr, false).body, path);
}

QueryMeta ConsulClient::watchFeed(ChangeFeed feed, const QueryOptions& q) {
  QueryOptions feedQuery;
  feedQuery.datacenter = q.datacenter;
  feedQuery.allowStale = q.allowStale;
  feedQuery.waitIndex = q.waitIndex;
  feedQuery.waitTime = q.waitTime;
  const std::string name = kFeedName;
  switch (feed) {
    case ChangeFeed::Services:
      // Consul 1.8 ignores `filter` on this endpoint; a node-meta filter no node matches
      // empties the body there and on later versions. Its index is then the larger of the
      // services and nodes tables', so node writes move this feed too.
      return metaOf(
          get("/v1/catalog/services", {{"node-meta", name + ":" + name}}, &feedQuery, false));
    case ChangeFeed::Nodes:
      return metaOf(
          get("/v1/catalog/nodes", {{"filter", "Node == \"" + name + "\""}}, &feedQuery, false));
    case ChangeFeed::Checks:
      return metaOf(get("/v1/health/state/any", {{"filter", "CheckID == \"" + name + "\""}},
                        &feedQuery, false));
    case ChangeFeed::KV:
      return metaOf(get("/v1/kv/", {{"keys", ""}, {"separator", "/"}}, &feedQuery, true));
  }
  throw ConsulError("unknown change feed", ConsulErrorKind::Other);
}

void ConsulClient::abort() {
  connection_->abort();
}

ConsulSessionFactory consulClientFactory(const ClientConfig& config) {
  std::string token = config.resolveToken();
  return [config, token]() -> std::unique_ptr<ConsulSession> {
    return std::make_unique<ConsulClient>(makeHttpConnection(config), token,
                                          config.readTimeoutMargin);
  };
}

}  // namespace hc::consul
