#pragma once
// PidFile: consul-template's -pid-file: the daemon's pid written when it starts, removed when
// it stops.
//
// Usage:
//   std::optional<PidFile> pid;
//   if (!config.pidFile.empty()) pid.emplace(config.pidFile);  // throws WriteError
//   ... run ...
//   // leaving scope removes the file
//
// Thread-safety: construct and destroy on one thread; path()/pid() are const.
#include <sys/types.h>

#include <string>

#include "hc/render/file_writer.h"

namespace hc::render {

class PidFile {
 public:
  /// Writes the current process's pid in decimal, no newline, mode 0644, atomically (temp file
  /// + rename; parent directories are created), replacing whatever `path` held.
  /// Throws WriteError.
  explicit PidFile(std::string path);
  /// Removes the file when it still holds this pid (a file another process wrote in the meantime
  /// is left alone). Never throws; a failure is logged.
  ~PidFile();

  PidFile(const PidFile&) = delete;
  PidFile& operator=(const PidFile&) = delete;

  const std::string& path() const { return path_; }
  pid_t pid() const { return pid_; }

 private:
  std::string path_;
  pid_t pid_;
};

}  // namespace hc::render
