#pragma once
// Seams of the POSIX FileWriter for its own tests only.
#include <memory>

#include "hc/render/file_writer.h"

namespace hc::render::detail {

/// makePosixFileWriter(), but with `unnamedTemp` false it never uses O_TMPFILE: temp files
/// are named from the start, as on file systems without O_TMPFILE.
std::unique_ptr<FileWriter> makePosixFileWriter(bool unnamedTemp);

}  // namespace hc::render::detail
