#include "marsad/index/term_dict.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace marsad::index {
namespace {

std::string Build(const std::vector<std::string>& terms) {
  TermDictWriter w;
  std::uint64_t off = 0;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    EXPECT_TRUE(w.Add(terms[i], TermInfo{static_cast<std::uint32_t>(i + 1), off, 10 + i}).ok());
    off += 10 + i;
  }
  std::string out;
  w.Finish(&out);
  return out;
}

// Every term of `d`, in the order its iterator gives them.
std::vector<std::string> AllTerms(const TermDict& d) {
  std::vector<std::string> out;
  for (auto it = d.Seek(""); it.Valid(); it.Next()) out.emplace_back(it.term());
  return out;
}

TEST(TermDictTest, FindsEveryTermAndNothingElse) {
  std::vector<std::string> terms;
  for (int i = 0; i < 1000; ++i) terms.push_back("\x02" "كتاب" + std::to_string(10000 + i));
  const std::string bytes = Build(terms);
  TermDict d;
  ASSERT_TRUE(d.Init(bytes).ok());
  EXPECT_EQ(d.size(), 1000U);
  std::uint64_t off = 0;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    auto info = d.Find(terms[i]);
    ASSERT_TRUE(info.has_value()) << i;
    EXPECT_EQ(info->df, i + 1);
    EXPECT_EQ(info->offset, off);
    EXPECT_EQ(info->size, 10 + i);
    off += 10 + i;
  }
  EXPECT_FALSE(d.Find("\x02" "كتاب").has_value());
  EXPECT_FALSE(d.Find("\x02" "كتاب99999").has_value());
  EXPECT_FALSE(d.Find("").has_value());
  EXPECT_FALSE(d.Find("\xff").has_value());
}

TEST(TermDictTest, SeekScansAPrefixRange) {
  const std::vector<std::string> terms = {"\x01" "ال", "\x01" "لافروف", "\x01" "لافرينتيف", "\x01" "لبنان",
                                          "\x02" "لافر"};
  const std::string bytes = Build(terms);
  TermDict d;
  ASSERT_TRUE(d.Init(bytes).ok());
  std::vector<std::string> got;
  const std::string prefix = "\x01" "لافر";
  for (auto it = d.Seek(prefix); it.Valid() && it.term().substr(0, prefix.size()) == prefix; it.Next()) {
    got.emplace_back(it.term());
  }
  EXPECT_EQ(got, (std::vector<std::string>{"\x01" "لافروف", "\x01" "لافرينتيف"}));
  std::size_t n = 0;
  for (auto it = d.Seek(""); it.Valid(); it.Next()) ++n;
  EXPECT_EQ(n, terms.size());
}

// Format 5: the lists lie back to back in dictionary order, so only a block's first entry
// stores its offset; the others follow the previous list.
TEST(TermDictTest, OnlyBlockHeadsStoreTheirOffset) {
  TermDictWriter w;
  ASSERT_TRUE(w.Add("\x01" "ab", TermInfo{3, 7, 5}).ok());
  ASSERT_TRUE(w.Add("\x01" "ac", TermInfo{1, 12, 2}).ok());
  std::string out;
  w.Finish(&out);
  const std::string want("\x03\x01" "ab" "\x03\x05\x07"  // lengths (0, 3), suffix, df, size, offset
                         "\x21" "c" "\x01\x02"             // lengths (2, 1), suffix, df, size
                         "\x00\x00\x00\x00"               // block offsets
                         "\x01\x00\x00\x00\x02\x00\x00\x00",  // blocks, terms
                         23);
  EXPECT_EQ(out, want);
  TermDict d;
  ASSERT_TRUE(d.Init(out).ok());
  const auto info = d.Find("\x01" "ac");
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->df, 1U);
  EXPECT_EQ(info->offset, 12U);
  EXPECT_EQ(info->size, 2U);
}

TEST(TermDictTest, AddRefusesWhatItCouldNotReadBack) {
  TermDictWriter w;
  ASSERT_TRUE(w.Add("\x01" "b", TermInfo{1, 0, 4}).ok());
  // A gap or overlap between lists inside a block: its offset would read back wrong.
  EXPECT_TRUE(w.Add("\x01" "c", TermInfo{1, 5, 4}).IsInvalidArgument());
  EXPECT_TRUE(w.Add("\x01" "c", TermInfo{1, 3, 4}).IsInvalidArgument());
  EXPECT_TRUE(w.Add("\x01" "a", TermInfo{1, 4, 4}).IsInvalidArgument());  // out of order
  EXPECT_TRUE(w.Add("\x01" "b", TermInfo{1, 4, 4}).IsInvalidArgument());  // repeated
  EXPECT_TRUE(w.Add("\x01" "c", TermInfo{1, 4, 4}).ok());
  // A block's first entry stores its offset, so it may start anywhere.
  for (std::uint64_t i = 0; i < 30; ++i) {
    ASSERT_TRUE(w.Add("\x01" "d" + std::to_string(10 + i), TermInfo{1, 8 + 4 * i, 4}).ok());
  }
  ASSERT_EQ(w.size(), kDictBlock);
  ASSERT_TRUE(w.Add("\x01" "e", TermInfo{2, 1000, 9}).ok());
  std::string out;
  w.Finish(&out);
  TermDict d;
  ASSERT_TRUE(d.Init(out).ok());
  const auto e = d.Find("\x01" "e");
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->offset, 1000U);
  const auto last = d.Find("\x01" "d39");
  ASSERT_TRUE(last.has_value());
  EXPECT_EQ(last->offset, 8U + 4 * 29);
}

// Prefixes of 16 bytes or more and suffixes of 15 or more escape the lengths byte.
TEST(TermDictTest, LongPrefixesAndSuffixesReadBack) {
  const std::string stem = "\x02" "المحادثات";  // 19 bytes
  // ('x' sorts before the Arabic letters' lead byte.)
  std::vector<std::string> terms = {stem, stem + std::string(300, 'x'), stem + std::string(300, 'x') + "y",
                                    stem + "ات", stem + "اتالمحادثات", stem + "ب"};
  for (std::size_t i = 0; i < 40; ++i) {
    std::string t(i + 1, 'z');
    t[0] = '\x03';
    terms.push_back(std::move(t));
  }
  const std::string bytes = Build(terms);
  TermDict d;
  ASSERT_TRUE(d.Init(bytes).ok());
  EXPECT_EQ(AllTerms(d), terms);
  for (std::size_t i = 0; i < terms.size(); ++i) {
    const auto info = d.Find(terms[i]);
    ASSERT_TRUE(info.has_value()) << i;
    EXPECT_EQ(info->df, i + 1);
  }
  // An escape byte with a prefix nibble is damaged, not an entry.
  std::string damaged = Build({"\x01" "a", "\x01" "b"});
  ASSERT_EQ(damaged[6], '\x11');  // the second entry's lengths byte (1, 1)
  damaged[6] = '\x1F';
  ASSERT_TRUE(d.Init(damaged).ok());
  auto it = d.Seek("");
  ASSERT_TRUE(it.Valid());
  it.Next();
  EXPECT_FALSE(it.Valid());
}

// Format 8: suffixes are packed, an Arabic letter (U+0600..U+067E) in one byte, any other
// non-ASCII byte escaped; every term reads back whatever its script or bytes, also when
// the shared prefix with its neighbour would end inside a character.
TEST(TermDictTest, PackedSuffixesReadBackInAnyScript) {
  std::vector<std::string> terms = {
      "\x02" "abc",
      "\x02" "كتاب",           // D9 83 ...
      "\x02" "كتابة",          // shares the whole of كتاب
      "\x02" "كتب",            // shares كت: the next bytes differ in the second byte of a letter
      "\x02" "كتبپ",           // U+067E (the last packed code point)
      "\x02" "كتبچ",           // U+0686 (DA 86): escaped
      "\x02" "كتبۀ",           // U+06C0 (DB 80): escaped
      "\x02" "ل\xd9",          // a lead byte without its continuation (not UTF-8)
      "\x02" "ل\xd9\xff",
      "\x02" "مرحبا€",         // a 3-byte character
      "\x02" "\xf0\x9f\x98\x80",  // a 4-byte character
      "\x02" "\xff\xff",
  };
  std::sort(terms.begin(), terms.end());
  const std::string bytes = Build(terms);
  TermDict d;
  ASSERT_TRUE(d.Init(bytes).ok());
  EXPECT_EQ(AllTerms(d), terms);
  for (const std::string& t : terms) EXPECT_TRUE(d.Find(t).has_value()) << t;
  EXPECT_FALSE(d.Find("\x02" "كتا").has_value());
  // An Arabic suffix takes a byte a letter: كتاب alone is space + 4 packed bytes.
  const std::string one = Build({"\x02" "كتاب"});
  EXPECT_EQ(one.substr(0, 6), std::string("\x05\x02\xc3\xaa\xa7\xa8", 6));
  // An escape at the end of a suffix is damage.
  std::string damaged = Build({"\x02" "\xff"});
  ASSERT_EQ(damaged.substr(0, 3), "\x03\x02\xff");
  damaged[0] = '\x02';  // the suffix ends after its escape byte
  EXPECT_TRUE(d.Init(damaged).IsCorruption());
}

TEST(TermDictTest, EmptyAndDamaged) {
  TermDict d;
  ASSERT_TRUE(d.Init(Build({})).ok());
  EXPECT_FALSE(d.Seek("").Valid());
  EXPECT_TRUE(d.Init("abc").IsCorruption());
  std::string bytes = Build({"\x01" "a", "\x01" "b"});
  bytes[bytes.size() - 1] = 9;  // term count
  EXPECT_TRUE(d.Init(bytes).IsCorruption());
  // A block head cut before its offset: the entry does not read.
  const std::string one = Build({"\x01" "a"});
  const std::string cut = one.substr(0, 5) + one.substr(6);  // body: 02 01 'a' df size [offset]
  ASSERT_TRUE(d.Init(cut).ok());
  EXPECT_FALSE(d.Seek("").Valid());
}

}  // namespace
}  // namespace marsad::index
