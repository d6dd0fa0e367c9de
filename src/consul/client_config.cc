#include "hc/consul/client_config.h"

#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string_view>

namespace hc::consul {

namespace {

constexpr uint16_t kHttpPort = 8500;
constexpr uint16_t kHttpsPort = 8501;

std::string lowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string trimSpace(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

[[noreturn]] void badAddress(const std::string& address, const std::string& why) {
  throw ClientConfigError("invalid Consul address \"" + address + "\": " + why);
}

uint16_t parsePort(const std::string& address, std::string_view text) {
  if (text.empty() || text.size() > 5) badAddress(address, "invalid port");
  unsigned value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') badAddress(address, "invalid port");
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  if (value == 0 || value > 65535) badAddress(address, "port out of range");
  return static_cast<uint16_t>(value);
}

// A host is a name or an IP literal: anything that could be part of a URL's path, query,
// credentials or whitespace means the address was not one of the accepted forms.
void checkHost(const std::string& address, std::string_view host) {
  if (host.empty()) badAddress(address, "missing host");
  for (char c : host) {
    if (std::isspace(static_cast<unsigned char>(c)) || c == '/' || c == '?' || c == '#' ||
        c == '@' || c == '[' || c == ']')
      badAddress(address, "invalid host");
  }
}

// Go's strconv.ParseBool, which Consul's tools use for CONSUL_HTTP_SSL and friends.
std::optional<bool> parseGoBool(std::string_view s) {
  if (s == "1" || s == "t" || s == "T" || s == "TRUE" || s == "true" || s == "True") return true;
  if (s == "0" || s == "f" || s == "F" || s == "FALSE" || s == "false" || s == "False")
    return false;
  return std::nullopt;
}

}  // namespace

void ClientConfig::setAddress(const std::string& address) {
  std::string_view rest = address;
  std::optional<Scheme> explicitScheme;
  if (size_t sep = rest.find("://"); sep != std::string_view::npos) {
    std::string name = lowerAscii(rest.substr(0, sep));
    rest.remove_prefix(sep + 3);
    if (name == "http") {
      explicitScheme = Scheme::Http;
    } else if (name == "https") {
      explicitScheme = Scheme::Https;
    } else if (name == "unix") {
      if (rest.empty()) badAddress(address, "missing socket path");
      scheme = Scheme::Unix;
      socketPath = std::string(rest);
      host.clear();
      port = 0;
      return;
    } else {
      badAddress(address, "unknown scheme \"" + name + "\" (want http, https or unix)");
    }
  }
  std::string_view hostPart = rest;
  std::optional<uint16_t> parsedPort;
  if (!rest.empty() && rest.front() == '[') {
    size_t close = rest.find(']');
    if (close == std::string_view::npos) badAddress(address, "missing ']'");
    hostPart = rest.substr(1, close - 1);
    std::string_view after = rest.substr(close + 1);
    if (!after.empty()) {
      if (after.front() != ':') badAddress(address, "unexpected text after ']'");
      parsedPort = parsePort(address, after.substr(1));
    }
  } else if (size_t colon = rest.rfind(':'); colon != std::string_view::npos) {
    if (rest.find(':') == colon) {
      hostPart = rest.substr(0, colon);
      parsedPort = parsePort(address, rest.substr(colon + 1));
    } else {
      // More than one colon without brackets can only be a bare IPv6 literal.
      for (char c : rest.substr(0, rest.find('%'))) {
        if (!std::isxdigit(static_cast<unsigned char>(c)) && c != ':' && c != '.')
          badAddress(address, "invalid IPv6 address (write [v6]:port)");
      }
    }
  }
  checkHost(address, hostPart);

  // As Consul's Go client: an explicit http:// never turns TLS off once it was asked for.
  if (explicitScheme == Scheme::Https) tls.enabled = true;
  scheme = tls.enabled ? Scheme::Https : Scheme::Http;
  host = std::string(hostPart);
  socketPath.clear();
  port = parsedPort ? *parsedPort : (explicitScheme == Scheme::Https ? kHttpsPort : kHttpPort);
}

std::string ClientConfig::address() const {
  if (scheme == Scheme::Unix) return "unix://" + socketPath;
  bool https = scheme == Scheme::Https || tls.enabled;
  std::string h = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  return std::string(https ? "https://" : "http://") + h + ":" + std::to_string(port);
}

std::string ClientConfig::resolveToken() const {
  if (!token.empty()) return token;
  if (tokenFile.empty()) return "";
  std::ifstream in(tokenFile, std::ios::binary);
  if (!in) {
    int err = errno;
    throw ClientConfigError("cannot read Consul token file " + tokenFile + ": " +
                            std::strerror(err));
  }
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) {
    int err = errno;
    throw ClientConfigError("cannot read Consul token file " + tokenFile + ": " +
                            std::strerror(err));
  }
  std::string text = trimSpace(content.str());
  return trimSpace(std::string_view(text).substr(0, text.find('\n')));
}

ClientConfig ClientConfig::fromEnvironment(const EnvLookup& env) {
  ClientConfig c;
  auto get = [&](const char* name) -> std::optional<std::string> {
    std::optional<std::string> v = env(name);
    if (v && v->empty()) return std::nullopt;  // Consul's tools treat "" as unset.
    return v;
  };
  auto getBool = [&](const char* name) -> std::optional<bool> {
    std::optional<std::string> v = get(name);
    if (!v) return std::nullopt;
    std::optional<bool> b = parseGoBool(*v);
    if (!b) throw ClientConfigError(std::string(name) + ": invalid boolean \"" + *v + "\"");
    return b;
  };

  // TLS first: an address without a scheme then takes the TLS setting.
  if (std::optional<bool> ssl = getBool("CONSUL_HTTP_SSL")) {
    c.tls.enabled = *ssl;
    if (*ssl) c.scheme = Scheme::Https;
  }
  if (std::optional<bool> verify = getBool("CONSUL_HTTP_SSL_VERIFY")) c.tls.verify = *verify;
  if (auto v = get("CONSUL_HTTP_ADDR")) {
    try {
      c.setAddress(*v);
    } catch (const ClientConfigError& e) {
      throw ClientConfigError(std::string("CONSUL_HTTP_ADDR: ") + e.what());
    }
  }
  if (auto v = get("CONSUL_HTTP_TOKEN")) {
    c.token = *v;
  } else if (auto legacy = get("CONSUL_TOKEN")) {
    c.token = *legacy;
  }
  if (auto v = get("CONSUL_HTTP_TOKEN_FILE")) {
    c.tokenFile = *v;
  } else if (auto legacy = get("CONSUL_TOKEN_FILE")) {
    c.tokenFile = *legacy;
  }
  if (auto v = get("CONSUL_CACERT")) c.tls.caFile = *v;
  if (auto v = get("CONSUL_CAPATH")) c.tls.caPath = *v;
  if (auto v = get("CONSUL_CLIENT_CERT")) c.tls.certFile = *v;
  if (auto v = get("CONSUL_CLIENT_KEY")) c.tls.keyFile = *v;
  if (auto v = get("CONSUL_TLS_SERVER_NAME")) c.tls.serverName = *v;
  return c;
}

std::optional<std::string> ClientConfig::processEnvironment(const char* name) {
  const char* v = std::getenv(name);
  if (v == nullptr) return std::nullopt;
  return std::string(v);
}

ClientConfig ClientConfig::fromProcessEnvironment() {
  return fromEnvironment(processEnvironment);
}

}  // namespace hc::consul
