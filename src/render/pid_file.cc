#include "hc/render/pid_file.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace hc::render {

PidFile::PidFile(std::string path) : path_(std::move(path)), pid_(::getpid()) {
  WriteOptions options;
  options.perms = 0644;
  makePosixFileWriter()->write(path_, std::to_string(pid_), options);
}

PidFile::~PidFile() {
  try {
    auto contents = makePosixFileWriter()->read(path_);
    if (!contents || *contents != std::to_string(pid_)) return;
    if (::unlink(path_.c_str()) != 0 && errno != ENOENT) {
      spdlog::warn("remove pid file {}: {}", path_, std::strerror(errno));
    }
  } catch (const WriteError& e) {
    spdlog::warn("remove pid file: {}", e.what());
  }
}

}  // namespace hc::render
