// JSON configuration files into the HCL tree, with positions. nlohmann's SAX parser reports no
// positions, so the input iterator records how far the parser has read; at each event the token
// just read ends there, and its start is found by scanning back over it.
#include <cstdint>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>
#include <vector>

#include "hc/config/hcl.h"

namespace hc::config {
namespace {

// A char iterator that publishes its position on every step.
class TrackingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  TrackingIterator(const char* p, const char** tracker) : p_(p), tracker_(tracker) {}
  reference operator*() const { return *p_; }
  TrackingIterator& operator++() {
    ++p_;
    *tracker_ = p_;
    return *this;
  }
  TrackingIterator operator++(int) {
    TrackingIterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const TrackingIterator& o) const { return p_ == o.p_; }
  bool operator!=(const TrackingIterator& o) const { return p_ != o.p_; }

 private:
  const char* p_;
  const char** tracker_;
};

// Byte offset → line:column (columns in characters).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') starts_.push_back(i + 1);
  }
  SourcePos at(size_t offset) const {
    offset = std::min(offset, text_.size());
    size_t line = static_cast<size_t>(std::upper_bound(starts_.begin(), starts_.end(), offset) -
                                      starts_.begin() - 1);
    int col = 1;
    for (size_t i = starts_[line]; i < offset; ++i)
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++col;
    return {static_cast<int>(line + 1), col};
  }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

class TreeBuilder : public nlohmann::json_sax<nlohmann::json> {
 public:
  TreeBuilder(std::string_view text, const std::string& name, const char* const* cursor)
      : text_(text), name_(name), cursor_(cursor), lines_(text) {}

  HclValue& root() { return root_; }

  bool null() override {
    HclValue v = scalar(HclKind::String, end() - 4);  // hcl's JSON reader turns null into ""
    return add(std::move(v));
  }
  bool boolean(bool b) override {
    HclValue v = scalar(HclKind::Bool, end() - (b ? 4 : 5));
    v.boolValue = b;
    v.text = b ? "true" : "false";
    return add(std::move(v));
  }
  bool number_integer(number_integer_t n) override { return integer(n); }
  bool number_unsigned(number_unsigned_t n) override {
    if (n > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
      fail(numberStart(), "number out of range");
    return integer(static_cast<int64_t>(n));
  }
  bool number_float(number_float_t d, const string_t& raw) override {
    HclValue v = scalar(HclKind::Float, numberStart());
    v.floatValue = d;
    v.text = raw;
    return add(std::move(v));
  }
  bool string(string_t& s) override {
    HclValue v = scalar(HclKind::String, stringStart());
    v.text = s;
    return add(std::move(v));
  }
  bool binary(binary_t&) override { return false; }  // not produced by the JSON reader
  bool start_object(std::size_t) override { return open(HclKind::Object); }
  bool start_array(std::size_t) override { return open(HclKind::List); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool key(string_t& k) override {
    pendingKey_ = k;
    pendingPos_ = lines_.at(stringStart());
    return true;
  }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    std::string what = ex.what();
    // Drop nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 2: ".
    if (size_t p = what.find("]"); p != std::string::npos) what = what.substr(p + 1);
    if (size_t p = what.find(": "); p != std::string::npos && what.find("parse error") < p)
      what = what.substr(p + 2);
    while (!what.empty() && what.front() == ' ') what.erase(0, 1);
    fail(position > 0 ? position - 1 : 0, "invalid JSON: " + what);
  }

 private:
  size_t end() const { return static_cast<size_t>(*cursor_ - text_.data()); }

  [[noreturn]] void fail(size_t offset, const std::string& message) const {
    throw ConfigError(formatPos(name_, lines_.at(offset)) + ": " + message);
  }

  // The string just read ends with the closing quote at end()-1: its opening quote is the
  // nearest earlier quote not escaped by an odd number of backslashes.
  size_t stringStart() const {
    size_t close = end() - 1;
    for (size_t i = close; i-- > 0;) {
      if (text_[i] != '"') continue;
      size_t slashes = 0;
      while (i >= slashes + 1 && text_[i - slashes - 1] == '\\') ++slashes;
      if (slashes % 2 == 0) return i;
    }
    return 0;
  }

  // The lexer reads one character past a number (unless at the end) before reporting it.
  size_t numberStart() const {
    auto isNumberChar = [](char c) {
      return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    };
    size_t e = end();
    if (e > 0 && !isNumberChar(text_[e - 1])) --e;
    while (e > 0 && isNumberChar(text_[e - 1])) --e;
    return e;
  }

  bool integer(int64_t n) {
    size_t start = numberStart();
    HclValue v = scalar(HclKind::Int, start);
    v.intValue = n;
    size_t stop = start;
    while (stop < text_.size() &&
           ((text_[stop] >= '0' && text_[stop] <= '9') || text_[stop] == '-'))
      ++stop;
    v.text = std::string(text_.substr(start, stop - start));
    return add(std::move(v));
  }

  HclValue scalar(HclKind kind, size_t offset) const {
    HclValue v;
    v.kind = kind;
    v.pos = lines_.at(offset);
    return v;
  }

  bool open(HclKind kind) {
    HclValue v = scalar(kind, end() - 1);
    HclValue* slot = place(std::move(v));
    stack_.push_back(slot);
    return true;
  }
  bool close() {
    stack_.pop_back();
    return true;
  }
  bool add(HclValue v) {
    place(std::move(v));
    return true;
  }

  // Puts a value where the parser is: the document root, a list item, or an object member.
  // Pointers on the stack stay valid: only the innermost open container grows.
  HclValue* place(HclValue v) {
    if (stack_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    HclValue& parent = *stack_.back();
    if (parent.kind == HclKind::List) {
      parent.items.push_back(std::move(v));
      return &parent.items.back();
    }
    parent.entries.push_back(HclEntry{pendingKey_, pendingPos_, std::move(v)});
    return &parent.entries.back().value;
  }

  std::string_view text_;
  const std::string& name_;
  const char* const* cursor_;
  LineIndex lines_;
  HclValue root_;
  std::vector<HclValue*> stack_;
  std::string pendingKey_;
  SourcePos pendingPos_;
};

}  // namespace

HclValue parseJson(std::string_view text, const std::string& name) {
  const char* cursor = text.data();
  TreeBuilder builder(text, name, &cursor);
  TrackingIterator first(text.data(), &cursor), last(text.data() + text.size(), &cursor);
  nlohmann::json::sax_parse(first, last, &builder);
  if (builder.root().kind != HclKind::Object)
    throw ConfigError(formatPos(name, builder.root().pos) +
                      ": invalid JSON configuration: the document must be an object, got " +
                      builder.root().kindName());
  return std::move(builder.root());
}

}  // namespace hc::config
