#pragma once
// TempDir: a fresh directory under $TMPDIR for one test, removed with everything in it at the
// end of the test.
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>
#include <string>

namespace hc::testing {

class TempDir {
 public:
  explicit TempDir(const std::string& prefix = "hc-test") {
    std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

  /// Writes `content` to `relative` (parent directories created) and returns the full path.
  std::string write(const std::string& relative, const std::string& content) const {
    std::filesystem::path p = std::filesystem::path(path_) / relative;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out << content;
    return p.string();
  }

  /// The names directly inside the directory.
  std::set<std::string> names() const { return namesIn(path_); }
  static std::set<std::string> namesIn(const std::string& dir) {
    std::set<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(dir))
      out.insert(e.path().filename().string());
    return out;
  }

 private:
  std::string path_;
};

}  // namespace hc::testing
