#include "hc/render/file_writer.h"

#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <random>
#include <set>
#include <vector>

#include "fd.h"
#include "render/file_writer_internal.h"

namespace hc::render {

WriteError::WriteError(std::string path, std::string step, int errnum)
    : std::runtime_error(step + " " + path + ": " + std::strerror(errnum)),
      path_(std::move(path)),
      step_(std::move(step)),
      errnum_(errnum) {}

WriteError::WriteError(std::string path, std::string step, const std::string& reason)
    : std::runtime_error(step + " " + path + ": " + reason),
      path_(std::move(path)),
      step_(std::move(step)) {}

namespace {

constexpr mode_t kDefaultMode = 0644;
constexpr mode_t kDirMode = 0755;
const char kTempTag[] = ".hc-tmp.";
const char kBackupTag[] = ".hc-bak.";

std::string parentOf(const std::string& path) {
  auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string baseOf(const std::string& path) {
  auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string joinPath(const std::string& dir, const std::string& name) {
  return dir == "/" ? "/" + name : dir + "/" + name;
}

/// Reads the whole of `fd`; throws WriteError naming `path`.
std::string readAll(int fd, const std::string& path, off_t sizeHint) {
  std::string out;
  out.reserve(sizeHint > 0 ? static_cast<size_t>(sizeHint) : 0);
  char buf[64 * 1024];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw WriteError(path, "read", errno);
    }
    if (n == 0) return out;
    out.append(buf, static_cast<size_t>(n));
  }
}

/// The destination's bytes and stat, nullopt when it does not exist.
std::optional<std::string> readExisting(const std::string& path, struct stat* st) {
  // O_NONBLOCK: a FIFO at the destination must not block the daemon (no effect on files).
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
  if (fd.get() < 0) {
    if (errno == ENOENT) return std::nullopt;
    throw WriteError(path, "open", errno);
  }
  if (::fstat(fd.get(), st) != 0) throw WriteError(path, "stat", errno);
  return readAll(fd.get(), path, st->st_size);
}

void writeAll(int fd, std::string_view data, const std::string& path) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw WriteError(path, "write", errno);
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
}

bool allDigits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

/// A user or group name or numeric id → id; (id_t)-1 when empty. Throws WriteError.
template <typename Entry, typename Lookup, typename IdOf>
id_t resolveId(const std::string& name, const std::string& destination, const char* what,
               Lookup lookup, IdOf idOf) {
  if (name.empty()) return static_cast<id_t>(-1);
  if (allDigits(name)) {
    errno = 0;
    unsigned long id = std::strtoul(name.c_str(), nullptr, 10);
    if (errno != 0 || id >= static_cast<id_t>(-1)) {
      throw WriteError(destination, std::string("parse ") + what + " id \"" + name + "\" for",
                       ERANGE);
    }
    return static_cast<id_t>(id);
  }
  std::vector<char> buf(16 * 1024);
  for (;;) {
    Entry entry{};
    Entry* result = nullptr;
    int rc = lookup(name.c_str(), &entry, buf.data(), buf.size(), &result);
    if (rc == ERANGE && buf.size() < (1u << 20)) {
      buf.resize(buf.size() * 2);
      continue;
    }
    std::string step = std::string("look up ") + what + " \"" + name + "\" for";
    if (rc != 0) throw WriteError(destination, step, rc);
    if (result == nullptr) throw WriteError(destination, step, std::string("no such ") + what);
    return idOf(*result);
  }
}

struct Owner {
  uid_t uid = static_cast<uid_t>(-1);
  gid_t gid = static_cast<gid_t>(-1);
  bool given() const { return uid != static_cast<uid_t>(-1) || gid != static_cast<gid_t>(-1); }
};

Owner resolveOwner(const WriteOptions& options, const std::string& destination) {
  Owner o;
  o.uid = resolveId<struct passwd>(options.user, destination, "user", ::getpwnam_r,
                                   [](const struct passwd& p) { return p.pw_uid; });
  o.gid = resolveId<struct group>(options.group, destination, "group", ::getgrnam_r,
                                  [](const struct group& g) { return g.gr_gid; });
  return o;
}

bool ownerDiffers(const struct stat& st, const Owner& want) {
  return (want.uid != static_cast<uid_t>(-1) && st.st_uid != want.uid) ||
         (want.gid != static_cast<gid_t>(-1) && st.st_gid != want.gid);
}

/// mkdir -p; an existing directory is fine.
void makeDirs(const std::string& dir) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) == 0) {
    if (!S_ISDIR(st.st_mode)) throw WriteError(dir, "create directory", ENOTDIR);
    return;
  }
  if (errno != ENOENT) throw WriteError(dir, "create directory", errno);
  std::string parent = parentOf(dir);
  if (parent != dir) makeDirs(parent);
  if (::mkdir(dir.c_str(), kDirMode) != 0 && errno != EEXIST) {
    throw WriteError(dir, "create directory", errno);
  }
}

/// Temp names in flight in this process, so a sweep never removes a sibling write's file.
std::mutex gInFlightMutex;
std::set<std::string> gInFlight;

std::string randomSuffix() {
  static std::atomic<unsigned> counter{0};
  thread_local std::mt19937 rng(std::random_device{}() ^ static_cast<unsigned>(::getpid()));
  static const char kChars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string s(6, 'x');
  for (auto& c : s) c = kChars[rng() % (sizeof kChars - 1)];
  return s + std::to_string(counter++ % 1000);
}

/// A name in `dirfd` created by this write; unlinked by the destructor unless released.
class TempName {
 public:
  TempName(int dirfd, std::string dir) : dirfd_(dirfd), dir_(std::move(dir)) {}
  ~TempName() {
    if (name_.empty()) return;
    ::unlinkat(dirfd_, name_.c_str(), 0);
    release();
  }
  TempName(const TempName&) = delete;
  TempName& operator=(const TempName&) = delete;

  const std::string& name() const { return name_; }
  std::string path() const { return joinPath(dir_, name_); }

  /// Creates a fresh PREFIX.RANDOM name with `create(name)` (0 or an errno), retrying on
  /// EEXIST. The name is registered as in flight before it exists, so a sweep by a concurrent
  /// write never takes it. Returns create's last result.
  template <typename Create>
  int create(const std::string& prefix, Create create) {
    for (int attempt = 0;; ++attempt) {
      name_ = prefix + randomSuffix();
      {
        std::lock_guard<std::mutex> lock(gInFlightMutex);
        gInFlight.insert(path());
      }
      int err = create(name_);
      if (err == 0) return 0;
      forget();
      if (err != EEXIST || attempt > 100) return err;
    }
  }
  /// The name was renamed away: nothing to remove.
  void release() { forget(); }

 private:
  void forget() {
    if (name_.empty()) return;
    std::lock_guard<std::mutex> lock(gInFlightMutex);
    gInFlight.erase(path());
    name_.clear();
  }

  int dirfd_;
  std::string dir_;
  std::string name_;
};

std::string tempPrefix(const std::string& base, const char* tag) {
  return "." + base + tag + std::to_string(::getpid()) + ".";
}

/// Links the unnamed O_TMPFILE `fd` into `dirfd` under a fresh temp name.
void linkTmpfile(int fd, int dirfd, const std::string& dir, const std::string& prefix,
                 TempName* name) {
  const std::string procPath = "/proc/self/fd/" + std::to_string(fd);
  int err = name->create(prefix, [&](const std::string& candidate) {
    return ::linkat(AT_FDCWD, procPath.c_str(), dirfd, candidate.c_str(), AT_SYMLINK_FOLLOW) == 0
               ? 0
               : errno;
  });
  if (err != 0) throw WriteError(dir, "link temp file in", err);
}

/// Opens the temp file: unnamed (O_TMPFILE) when the file system can, else named at once.
/// `named` tells which; an unnamed one gets its name from linkTmpfile once complete.
int openTemp(int dirfd, const std::string& dir, const std::string& prefix, bool unnamed,
             TempName* name, bool* named) {
#ifdef O_TMPFILE
  int fd = unnamed ? ::openat(dirfd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600) : -1;
  if (fd >= 0) {
    *named = false;
    return fd;
  }
  if (unnamed && errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL && errno != ENOENT) {
    throw WriteError(dir, "create temp file in", errno);
  }
#endif
  int namedFd = -1;
  int err = name->create(prefix, [&](const std::string& candidate) {
    namedFd = ::openat(dirfd, candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    return namedFd >= 0 ? 0 : errno;
  });
  if (err != 0) throw WriteError(dir, "create temp file in", err);
  *named = true;
  return namedFd;
}

/// DEST.bak := the current DEST, replacing an old .bak in one rename.
void backupExisting(int dirfd, const std::string& dir, const std::string& base) {
  TempName link(dirfd, dir);
  int err = link.create(tempPrefix(base, kBackupTag), [&](const std::string& candidate) {
    return ::linkat(dirfd, base.c_str(), dirfd, candidate.c_str(), 0) == 0 ? 0 : errno;
  });
  if (err == ENOENT) return;  // removed meanwhile: nothing to back up
  if (err != 0) throw WriteError(joinPath(dir, base), "link backup of", err);
  std::string bak = base + ".bak";
  if (::renameat(dirfd, link.name().c_str(), dirfd, bak.c_str()) != 0) {
    throw WriteError(joinPath(dir, bak), "rename backup to", errno);
  }
  link.release();
}

/// Removes temp files of `base` left by processes that no longer exist (killed mid-write).
void sweepStaleTemps(const std::string& dir, const std::string& base) {
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) return;
  std::vector<std::string> stale;
  const std::string starts[] = {"." + base + kTempTag, "." + base + kBackupTag};
  while (struct dirent* e = ::readdir(d)) {
    std::string name = e->d_name;
    for (const auto& start : starts) {
      if (name.compare(0, start.size(), start) != 0) continue;
      std::string rest = name.substr(start.size());
      auto dot = rest.find('.');
      if (dot == std::string::npos || !allDigits(rest.substr(0, dot))) continue;
      pid_t pid = static_cast<pid_t>(std::stol(rest.substr(0, dot)));
      bool dead = ::kill(pid, 0) != 0 && errno == ESRCH;
      bool ours = pid == ::getpid();
      if (!dead && !ours) continue;
      std::lock_guard<std::mutex> lock(gInFlightMutex);
      if (ours && gInFlight.count(joinPath(dir, name)) != 0) continue;
      stale.push_back(name);
    }
  }
  ::closedir(d);
  for (const auto& name : stale) {
    if (::unlink(joinPath(dir, name).c_str()) == 0) {
      spdlog::debug("removed stale temp file {}", joinPath(dir, name));
    }
  }
}

class PosixFileWriter : public FileWriter {
 public:
  explicit PosixFileWriter(bool unnamedTemp) : unnamedTemp_(unnamedTemp) {}

  // FileWriter
  WriteResult write(const std::string& destination, std::string_view contents,
                    const WriteOptions& options) override;
  std::optional<std::string> read(const std::string& destination) override;

 private:
  bool unnamedTemp_;
};

WriteResult PosixFileWriter::write(const std::string& destination, std::string_view contents,
                                   const WriteOptions& options) {
  if (destination.empty() || destination.back() == '/') {
    throw WriteError(destination, "write", EISDIR);
  }
  const Owner want = resolveOwner(options, destination);

  struct stat st {};
  const std::optional<std::string> existing = readExisting(destination, &st);
  if (existing && *existing == contents && !ownerDiffers(st, want)) return WriteResult::Unchanged;

  const std::string dir = parentOf(destination);
  const std::string base = baseOf(destination);
  if (options.createDestDirs) makeDirs(dir);
  Fd dirfd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dirfd.get() < 0) throw WriteError(dir, "open directory", errno);

  TempName temp(dirfd.get(), dir);
  const std::string prefix = tempPrefix(base, kTempTag);
  bool named = false;
  Fd fd(openTemp(dirfd.get(), dir, prefix, unnamedTemp_, &temp, &named));
  const std::string tempLabel = named ? temp.path() : dir + " (unnamed temp file)";

  writeAll(fd.get(), contents, tempLabel);
  // The owner first: chown clears set-id bits, which the chmod below then sets as asked.
  if (existing && ::fchown(fd.get(), st.st_uid, st.st_gid) != 0) {
    spdlog::debug("keep owner of {}: {}", destination, std::strerror(errno));
  }
  if (want.given() && ::fchown(fd.get(), want.uid, want.gid) != 0) {
    throw WriteError(destination, "chown temp file for", errno);
  }
  const mode_t mode = options.perms ? static_cast<mode_t>(*options.perms & 07777)
                      : existing    ? (st.st_mode & 07777)
                                    : kDefaultMode;
  if (::fchmod(fd.get(), mode) != 0) throw WriteError(tempLabel, "chmod", errno);
  if (::fsync(fd.get()) != 0) throw WriteError(tempLabel, "fsync", errno);
  if (!named) linkTmpfile(fd.get(), dirfd.get(), dir, prefix, &temp);
  fd.reset();

  if (options.backup && existing) backupExisting(dirfd.get(), dir, base);
  if (::renameat(dirfd.get(), temp.name().c_str(), dirfd.get(), base.c_str()) != 0) {
    throw WriteError(destination, "rename " + temp.path() + " to", errno);
  }
  temp.release();
  if (::fsync(dirfd.get()) != 0) {
    spdlog::warn("fsync directory {} after writing {}: {}", dir, destination, std::strerror(errno));
  }
  sweepStaleTemps(dir, base);
  return WriteResult::Written;
}

std::optional<std::string> PosixFileWriter::read(const std::string& destination) {
  struct stat st {};
  return readExisting(destination, &st);
}

}  // namespace

std::unique_ptr<FileWriter> makePosixFileWriter() {
  return std::make_unique<PosixFileWriter>(true);
}

namespace detail {
std::unique_ptr<FileWriter> makePosixFileWriter(bool unnamedTemp) {
  return std::make_unique<PosixFileWriter>(unnamedTemp);
}
}  // namespace detail

}  // namespace hc::render
