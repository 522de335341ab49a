// SHA-256: the FIPS 180-4 test vectors and every padding boundary (55/56/63/64/65 bytes), so a
// bundle's name and the client's integrity check agree with any other SHA-256 implementation.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/base/sha256.h"

using dutyatlas::sha256_hex;

TEST_CASE("sha256: FIPS 180-4 example messages") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256: lengths around the padding boundary") {
  // Expected values from Python's hashlib.sha256(b"a" * n).
  struct Case {
    std::size_t length;
    const char* digest;
  };
  const Case cases[] = {
      {55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
      {56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
      {63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
      {64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
      {65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.length);
    CHECK(sha256_hex(std::string(c.length, 'a')) == c.digest);
  }
}

TEST_CASE("sha256: every byte value and non-ASCII text") {
  // hashlib.sha256(bytes(range(256)) * 4) and hashlib.sha256("示例区".encode()).
  std::vector<std::uint8_t> all_bytes;
  for (int round = 0; round < 4; ++round) {
    for (int b = 0; b < 256; ++b) all_bytes.push_back(std::uint8_t(b));
  }
  CHECK(sha256_hex(all_bytes.data(), all_bytes.size()) ==
        "785b0751fc2c53dc14a4ce3d800e69ef9ce1009eb327ccf458afe09c242c26c9");
  CHECK(sha256_hex("示例区") == "e302b3be8d4c010d7c9dd11645f7798bbb88722f29304006e1df8b53eed890ec");
}

TEST_CASE("sha256: output is 64 lowercase hex digits and the pointer overload agrees") {
  std::string text = "dutyatlas";
  std::string digest = sha256_hex(text);
  REQUIRE(digest.size() == 64);
  for (char c : digest) {
    CAPTURE(c);
    CHECK(((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')));
  }
  CHECK(sha256_hex(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()) == digest);
  // One changed bit changes the digest.
  text[0] ^= 1;
  CHECK(sha256_hex(text) != digest);
}
