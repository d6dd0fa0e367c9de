#pragma once
// FileWriter: installs a rendered template at its destination, atomically, the way
// consul-template's renderer does (temp file in the destination's directory, fsync, rename over
// the destination) plus an fsync of the directory, so that the destination always holds either
// the whole old or the whole new contents — also across a crash or power loss.
// makePosixFileWriter() gives the real one; tests of the runner use MockFileWriter
// (test/mocks/render/mock_file_writer.h), an in-memory double.
//
// Usage:
//   auto writer = makePosixFileWriter();
//   WriteOptions options;
//   options.perms = 0640;
//   options.backup = true;
//   if (writer->write("/etc/haproxy/haproxy.cfg", rendered, options) == WriteResult::Written)
//     ... run the template's command ...
//   // -dry: print only where the destination differs
//   if (writer->read(dest) != rendered) ...
//
// Errors: WriteError, whose what() names the step, the path and strerror(errno).
// Thread-safety: the POSIX writer holds no state; write() and read() may run concurrently, also
// for the same destination (each write uses its own temp file; the last rename wins).
#include <cerrno>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace hc::render {

/// A file system step failed. what() reads "STEP PATH: strerror" (e.g.
/// "create temp file in /etc/haproxy: Permission denied").
class WriteError : public std::runtime_error {
 public:
  /// `errnum` is an errno value; its strerror() ends the message.
  WriteError(std::string path, std::string step, int errnum);
  /// For failures without an errno (an unknown user name, ...): `reason` ends the message.
  WriteError(std::string path, std::string step, const std::string& reason);

  const std::string& path() const { return path_; }
  const std::string& step() const { return step_; }
  /// The errno value, 0 when the error did not come from a system call.
  int errnum() const { return errnum_; }

 private:
  std::string path_;
  std::string step_;
  int errnum_ = 0;
};

/// consul-template's per-template file options.
struct WriteOptions {
  /// Mode bits of the written file (e.g. 0644, 07777 at most). Unset: the existing file's mode,
  /// else 0644. The process umask does not apply.
  std::optional<unsigned> perms;
  /// Owner to give the file: a name or a numeric id; empty = keep (the existing owner, else the
  /// writing process's). Resolved before anything is written: an unknown name is a WriteError
  /// and leaves the destination untouched.
  std::string user, group;
  /// Hard-link the previous file to DEST.bak (replacing an older .bak) before replacing it.
  bool backup = false;
  /// mkdir -p the destination's parent (mode 0755) when missing; else a missing parent is a
  /// WriteError.
  bool createDestDirs = true;
};

enum class WriteResult {
  Unchanged,  ///< The destination already held exactly these bytes (and the owner asked for).
  Written,    ///< The destination was replaced.
};

class FileWriter {
 public:
  virtual ~FileWriter() = default;

  /// Installs `contents` at `destination`.
  ///
  /// Unchanged when the destination already holds exactly `contents` and, where user/group are
  /// given, already has that owner: nothing is touched (no write, no mode change — a perms-only
  /// difference never causes a write, as in consul-template). Identical bytes with a different
  /// owner than the one asked for are rewritten (consul-template's "chown needed"), Written.
  ///
  /// Else, in order: mkdir -p the parent (0755) if createDestDirs; write a temp file in the
  /// destination's directory; fchown it to the existing file's owner (best effort), then to
  /// user/group when given; fchmod (perms, else the existing file's mode, else 0644); fsync;
  /// if backup and the destination exists: hard-link it to DEST.bak (atomically replacing an
  /// old .bak); rename() over the destination; fsync the directory.
  /// The owner is set on the temp file before the rename, so the destination never appears
  /// with the wrong owner (consul-template chowns after the rename).
  ///
  /// Temp files are named ".BASENAME.hc-tmp.PID.RANDOM" (backups in flight ".hc-bak.") and,
  /// where the file system supports O_TMPFILE, get that name only once complete. Any failure
  /// removes them; ones left by a killed process (its PID gone) are removed by the next
  /// successful write of the same destination.
  ///
  /// Throws WriteError; the destination then holds what it held before (DEST.bak may already
  /// hold the previous file when the rename itself failed). A failed fsync of the directory
  /// after the rename is only logged as a warning: the new file is in place, Written.
  virtual WriteResult write(const std::string& destination, std::string_view contents,
                            const WriteOptions& options) = 0;

  /// The current contents of `destination`; nullopt when it does not exist (ENOENT).
  /// Throws WriteError on any other error (a directory, no permission, ENOTDIR, ...).
  virtual std::optional<std::string> read(const std::string& destination) = 0;
};

/// The POSIX (Linux) implementation.
std::unique_ptr<FileWriter> makePosixFileWriter();

}  // namespace hc::render
