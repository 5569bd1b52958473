#include "marsad/index/exact_forms.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace marsad::index {
namespace {

TEST(ExactFormsTest, RecordsRoundTrip) {
  // A stem inside the norm (written as offset and length), one that is not (as bytes),
  // and an empty stem.
  const std::string norm = "والاتفاقات";
  const std::vector<FormRef> refs = {{"اتفاق", 3}, {"وفق", 0}, {"", 7}};
  std::string record;
  EncodeFormRefs(norm, refs, &record);
  std::vector<FormRef> back;
  ASSERT_TRUE(DecodeFormRefs(norm, record, &back));
  ASSERT_EQ(back.size(), refs.size());
  for (std::size_t i = 0; i < refs.size(); ++i) {
    EXPECT_EQ(back[i].stem, refs[i].stem);
    EXPECT_EQ(back[i].form, refs[i].form);
  }
  EXPECT_EQ(FindFormRef(norm, record, "اتفاق"), 3U);
  EXPECT_EQ(FindFormRef(norm, record, "وفق"), 0U);
  EXPECT_EQ(FindFormRef(norm, record, "سلام"), std::nullopt);
  // A stem inside the norm with short affixes takes one varint (format 8): form 1, the 6
  // bytes of وال before it, the 4 of ات after it.
  std::string one;
  EncodeFormRefs(norm, {{"اتفاق", 1}}, &one);
  EXPECT_EQ(one, std::string("\x8c\x05", 2));  // 1 << 9 | 4 << 5 | 6 << 1
  // Long affixes (16 bytes or more) and large form ids: offset and length written out.
  const std::string longer = "ابتثجحخدذر" "كتاب" "ابتثجحخدذر";  // 20 bytes either side
  for (const std::uint32_t form : {0U, 31U, 32U, 100000U}) {
    for (const std::string& n : {norm, longer}) {
      const std::string stem = n == norm ? "اتفاق" : "كتاب";
      std::string rec;
      EncodeFormRefs(n, {{stem, form}, {n, form + 1}, {"", 2}}, &rec);
      ASSERT_TRUE(DecodeFormRefs(n, rec, &back));
      ASSERT_EQ(back.size(), 3U);
      EXPECT_EQ(back[0].stem, stem);
      EXPECT_EQ(back[0].form, form);
      EXPECT_EQ(back[1].stem, n);
      EXPECT_EQ(back[1].form, form + 1);
      EXPECT_EQ(back[2].stem, "");
      EXPECT_EQ(FindFormRef(n, rec, stem), form);
    }
  }
}

TEST(ExactFormsTest, DamagedRecordsAreRefused) {
  const std::string norm = "كتاب";
  std::string record;
  EncodeFormRefs(norm, {{"كتب", 2}}, &record);
  std::vector<FormRef> back;
  EXPECT_FALSE(DecodeFormRefs(norm, record.substr(0, record.size() - 1), &back));
  // An offset past the norm (written out: tag 1, offset 40, length 2).
  std::string bad;
  bad.push_back(1);
  bad.push_back(40);
  bad.push_back(2);
  EXPECT_FALSE(DecodeFormRefs(norm, bad, &back));
  EXPECT_EQ(FindFormRef(norm, bad, "كتب"), std::nullopt);
  // Short affixes longer than the norm (8 bytes): 5 before, 5 after.
  const std::string short_bad("\xaa\x01", 2);  // varint 5 << 5 | 5 << 1
  EXPECT_FALSE(DecodeFormRefs(norm, short_bad, &back));
}

}  // namespace
}  // namespace marsad::index
