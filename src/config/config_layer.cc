#include "hc/config/config_layer.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "hc/config/go_values.h"

namespace hc::config {
namespace {

template <class T>
void over(std::optional<T>& base, const std::optional<T>& upper) {
  if (upper) base = upper;
}

void append(std::vector<std::string>& base, const std::vector<std::string>& upper) {
  base.insert(base.end(), upper.begin(), upper.end());
}

std::string trimSpace(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n\v\f");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n\v\f");
  return std::string(s.substr(b, e - b + 1));
}

[[noreturn]] void ioError(const std::string& path, const std::string& what, int err) {
  throw ConfigError(path + ": " + what + ": " + std::strerror(err));
}

ConfigLayer readConfigFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) ioError(path, "cannot read config file", errno);
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) ioError(path, "cannot read config file", errno);
  return parseConfigLayer(text.str(), path);
}

// filepath.Walk's order: entries sorted by name, directories entered where they sort.
void walkDirectory(const std::string& dir, ConfigLayer& merged) {
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) ioError(dir, "cannot list config directory", errno);
  std::vector<std::string> names;
  errno = 0;
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name != "." && name != "..") names.push_back(name);
  }
  int err = errno;
  closedir(d);
  if (err != 0) ioError(dir, "cannot list config directory", err);
  std::sort(names.begin(), names.end());

  for (const std::string& name : names) {
    std::string path = dir + (dir.back() == '/' ? "" : "/") + name;
    struct stat st {};
    if (lstat(path.c_str(), &st) != 0) ioError(path, "cannot stat", errno);
    if (S_ISDIR(st.st_mode)) {
      walkDirectory(path, merged);
      continue;
    }
    if (S_ISLNK(st.st_mode)) {
      struct stat target {};
      if (stat(path.c_str(), &target) != 0) ioError(path, "cannot follow symlink", errno);
      if (S_ISDIR(target.st_mode)) {
        merged.warnings.push_back(path + ": symlinked directory not followed");
        continue;
      }
      st = target;
    }
    if (!S_ISREG(st.st_mode)) {
      merged.warnings.push_back(path + ": not a regular file, skipped");
      continue;
    }
    mergeLayer(merged, readConfigFile(path));
  }
}

}  // namespace

WaitConfig parseWaitString(std::string_view text) {
  // consul-template's ParseWaitConfig.
  std::string s = trimSpace(text);
  if (s.empty()) throw std::invalid_argument("wait: cannot be empty");
  std::vector<std::string> parts;
  size_t start = 0;
  for (;;) {
    size_t colon = s.find(':', start);
    parts.push_back(s.substr(start, colon - start));
    if (colon == std::string::npos) break;
    start = colon + 1;
  }
  if (parts.size() > 2) throw std::invalid_argument("wait: invalid format");
  WaitConfig w;
  w.min = parseGoDurationMillis(trimSpace(parts[0]));
  w.max = parts.size() == 2 ? parseGoDurationMillis(trimSpace(parts[1])) : 4 * w.min;
  if (w.min.count() < 0 || w.max.count() < 0)
    throw std::invalid_argument("wait: cannot be negative");
  if (w.max < w.min) throw std::invalid_argument("wait: min must be less than max");
  return w;
}

ConfigLayer readConfigPath(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) {
    int err = errno;
    if (err == ENOENT) ioError(path, "missing file/folder", err);
    ioError(path, "cannot stat config path", err);
  }
  if (S_ISDIR(st.st_mode)) {
    ConfigLayer merged;
    walkDirectory(path, merged);
    return merged;
  }
  if (!S_ISREG(st.st_mode)) throw ConfigError(path + ": not a regular file or directory");
  return readConfigFile(path);
}

void mergeLayer(ConfigLayer& b, const ConfigLayer& u) {
  ConsulLayer& c = b.consul;
  const ConsulLayer& uc = u.consul;
  over(c.address, uc.address);
  over(c.namespace_, uc.namespace_);
  over(c.token, uc.token);
  over(c.tokenFile, uc.tokenFile);
  over(c.maxConnections, uc.maxConnections);
  over(c.auth.enabled, uc.auth.enabled);
  over(c.auth.username, uc.auth.username);
  over(c.auth.password, uc.auth.password);
  over(c.retry.enabled, uc.retry.enabled);
  over(c.retry.attempts, uc.retry.attempts);
  over(c.retry.backoff, uc.retry.backoff);
  over(c.retry.maxBackoff, uc.retry.maxBackoff);
  over(c.ssl.enabled, uc.ssl.enabled);
  over(c.ssl.verify, uc.ssl.verify);
  over(c.ssl.caFile, uc.ssl.caFile);
  over(c.ssl.caPath, uc.ssl.caPath);
  over(c.ssl.certFile, uc.ssl.certFile);
  over(c.ssl.keyFile, uc.ssl.keyFile);
  over(c.ssl.serverName, uc.ssl.serverName);
  over(c.ssl.caCertBytes, uc.ssl.caCertBytes);

  b.templates.insert(b.templates.end(), u.templates.begin(), u.templates.end());

  if (u.wait.min || u.wait.max) b.wait.origin = u.wait.origin;
  over(b.wait.min, u.wait.min);
  over(b.wait.max, u.wait.max);
  over(b.maxStale, u.maxStale);
  over(b.blockQueryWait, u.blockQueryWait);
  over(b.logLevel, u.logLevel);
  over(b.pidFile, u.pidFile);
  over(b.killSignal, u.killSignal);
  over(b.reloadSignal, u.reloadSignal);
  over(b.templateErrorFatal, u.templateErrorFatal);
  over(b.errOnFailedLookup, u.errOnFailedLookup);
  over(b.defaultLeftDelim, u.defaultLeftDelim);
  over(b.defaultRightDelim, u.defaultRightDelim);
  over(b.once, u.once);
  over(b.dry, u.dry);
  over(b.parseOnly, u.parseOnly);
  over(b.catalogFile, u.catalogFile);
  over(b.statusAddr, u.statusAddr);
  over(b.exitOnCommandFailure, u.exitOnCommandFailure);
  over(b.exitOnRetryFailure, u.exitOnRetryFailure);

  over(b.exec.enabled, u.exec.enabled);
  over(b.exec.envPristine, u.exec.envPristine);
  over(b.exec.command, u.exec.command);
  over(b.exec.killSignal, u.exec.killSignal);
  over(b.exec.reloadSignal, u.exec.reloadSignal);
  over(b.exec.killTimeout, u.exec.killTimeout);
  over(b.exec.splay, u.exec.splay);
  over(b.exec.timeout, u.exec.timeout);
  append(b.exec.envCustom, u.exec.envCustom);
  append(b.exec.envAllowlist, u.exec.envAllowlist);
  append(b.exec.envDenylist, u.exec.envDenylist);

  over(b.dedup.enabled, u.dedup.enabled);
  over(b.dedup.prefix, u.dedup.prefix);
  over(b.dedup.ttl, u.dedup.ttl);
  over(b.dedup.maxStale, u.dedup.maxStale);
  over(b.dedup.blockQueryWait, u.dedup.blockQueryWait);

  over(b.syslog.enabled, u.syslog.enabled);
  over(b.syslog.facility, u.syslog.facility);
  over(b.syslog.name, u.syslog.name);

  over(b.logFile.path, u.logFile.path);
  over(b.logFile.rotateBytes, u.logFile.rotateBytes);
  over(b.logFile.rotateMaxFiles, u.logFile.rotateMaxFiles);
  over(b.logFile.rotateDuration, u.logFile.rotateDuration);

  b.vault = b.vault || u.vault;
  b.nomad = b.nomad || u.nomad;
  append(b.warnings, u.warnings);
}

}  // namespace hc::config
