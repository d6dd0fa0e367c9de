// base64Encode/Decode, base64URLEncode/Decode (Go's padded StdEncoding and URLEncoding, with
// their decoder's exact error offsets), sha256Hex, md5sum and hmacSHA256Hex.
#include <Poco/DigestEngine.h>
#include <Poco/MD5Engine.h>
#include <Poco/SHA2Engine.h>

#include <array>
#include <string>
#include <vector>

#include "funcs_internal.h"

namespace hc::tmpl::funcs {

namespace {

const char kStdAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const char kURLAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string base64Encode(const std::string& in, const char* alphabet) {
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 3 <= in.size(); i += 3) {
    const uint32_t v = static_cast<uint32_t>(static_cast<unsigned char>(in[i])) << 16 |
                       static_cast<uint32_t>(static_cast<unsigned char>(in[i + 1])) << 8 |
                       static_cast<unsigned char>(in[i + 2]);
    out += alphabet[v >> 18 & 0x3F];
    out += alphabet[v >> 12 & 0x3F];
    out += alphabet[v >> 6 & 0x3F];
    out += alphabet[v & 0x3F];
  }
  const size_t rest = in.size() - i;
  if (rest > 0) {
    uint32_t v = static_cast<uint32_t>(static_cast<unsigned char>(in[i])) << 16;
    if (rest == 2) v |= static_cast<uint32_t>(static_cast<unsigned char>(in[i + 1])) << 8;
    out += alphabet[v >> 18 & 0x3F];
    out += alphabet[v >> 12 & 0x3F];
    out += rest == 2 ? alphabet[v >> 6 & 0x3F] : '=';
    out += '=';
  }
  return out;
}

[[noreturn]] void corrupt(size_t at) {
  throw FuncError("illegal base64 data at input byte " + std::to_string(at));
}

// Go's Encoding.DecodeString for a padded, non-strict encoding: quantum by quantum, skipping
// '\r' and '\n', reporting the offset Go's decodeQuantum reports.
std::string base64Decode(const std::string& src, const char* alphabet) {
  std::array<int, 256> map;
  map.fill(-1);
  for (int k = 0; k < 64; ++k) map[static_cast<unsigned char>(alphabet[k])] = k;
  std::string out;
  size_t si = 0;
  while (si < src.size()) {
    int dbuf[4] = {0, 0, 0, 0};
    int dlen = 4;
    bool trailing = false;
    size_t trailingAt = 0;
    for (int j = 0; j < 4; ++j) {
      if (si == src.size()) {
        if (j == 0) return out;
        corrupt(si - static_cast<size_t>(j));
      }
      const auto in = static_cast<unsigned char>(src[si]);
      ++si;
      if (map[in] >= 0) {
        dbuf[j] = map[in];
        continue;
      }
      if (in == '\n' || in == '\r') {
        --j;
        continue;
      }
      if (in != '=') corrupt(si - 1);
      // Padding: only after 2 or 3 symbols.
      if (j == 0 || j == 1) corrupt(si - 1);
      if (j == 2) {
        while (si < src.size() && (src[si] == '\n' || src[si] == '\r')) ++si;
        if (si == src.size()) corrupt(src.size());
        if (src[si] != '=') corrupt(si - 1);
        ++si;
      }
      while (si < src.size() && (src[si] == '\n' || src[si] == '\r')) ++si;
      if (si < src.size()) {
        trailing = true;
        trailingAt = si;
      }
      dlen = j;
      break;
    }
    const uint32_t val = static_cast<uint32_t>(dbuf[0]) << 18 |
                         static_cast<uint32_t>(dbuf[1]) << 12 |
                         static_cast<uint32_t>(dbuf[2]) << 6 | static_cast<uint32_t>(dbuf[3]);
    const char bytes[3] = {static_cast<char>(val >> 16), static_cast<char>(val >> 8),
                           static_cast<char>(val)};
    out.append(bytes, static_cast<size_t>(dlen - 1));
    if (trailing) corrupt(trailingAt);
  }
  return out;
}

std::string hmacSHA256(const std::string& message, const std::string& key) {
  constexpr size_t kBlock = 64;
  std::string k = key;
  if (k.size() > kBlock) {
    Poco::SHA2Engine h(Poco::SHA2Engine::SHA_256);
    h.update(k);
    const auto& d = h.digest();
    k.assign(d.begin(), d.end());
  }
  k.resize(kBlock, '\0');
  std::string ipad(kBlock, '\0'), opad(kBlock, '\0');
  for (size_t i = 0; i < kBlock; ++i) {
    ipad[i] = static_cast<char>(k[i] ^ 0x36);
    opad[i] = static_cast<char>(k[i] ^ 0x5c);
  }
  Poco::SHA2Engine inner(Poco::SHA2Engine::SHA_256);
  inner.update(ipad);
  inner.update(message);
  const auto& id = inner.digest();
  Poco::SHA2Engine outer(Poco::SHA2Engine::SHA_256);
  outer.update(opad);
  outer.update(id.data(), static_cast<unsigned>(id.size()));
  return Poco::DigestEngine::digestToHex(outer.digest());
}

}  // namespace

void addEncodingFuncs(FuncMap& m) {
  define(m, "base64Encode", {Param::String}, [](CallContext&, std::vector<Value>& a) {
    return Value::string(base64Encode(argString(a, 0), kStdAlphabet));
  });
  define(m, "base64URLEncode", {Param::String}, [](CallContext&, std::vector<Value>& a) {
    return Value::string(base64Encode(argString(a, 0), kURLAlphabet));
  });
  define(m, "base64Decode", {Param::String}, [](CallContext&, std::vector<Value>& a) {
    try {
      return Value::string(base64Decode(argString(a, 0), kStdAlphabet));
    } catch (const FuncError& e) {
      throw FuncError(std::string("base64Decode: ") + e.what());
    }
  });
  define(m, "base64URLDecode", {Param::String}, [](CallContext&, std::vector<Value>& a) {
    try {
      return Value::string(base64Decode(argString(a, 0), kURLAlphabet));
    } catch (const FuncError& e) {
      throw FuncError(std::string("base64URLDecode: ") + e.what());
    }
  });
  define(m, "sha256Hex", {Param::String}, [](CallContext&, std::vector<Value>& a) {
    Poco::SHA2Engine h(Poco::SHA2Engine::SHA_256);
    h.update(argString(a, 0));
    return Value::string(Poco::DigestEngine::digestToHex(h.digest()));
  });
  define(m, "md5sum", {Param::String}, [](CallContext&, std::vector<Value>& a) {
    Poco::MD5Engine h;
    h.update(argString(a, 0));
    return Value::string(Poco::DigestEngine::digestToHex(h.digest()));
  });
  // hmacSHA256Hex(message, key string)
  define(m, "hmacSHA256Hex", {Param::String, Param::String},
         [](CallContext&, std::vector<Value>& a) {
           return Value::string(hmacSHA256(argString(a, 0), argString(a, 1)));
         });
}

}  // namespace hc::tmpl::funcs
