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
  // The substring form is short: form, offset, length.
  std::string one;
  EncodeFormRefs(norm, {{"اتفاق", 1}}, &one);
  EXPECT_EQ(one.size(), 3U);
}

TEST(ExactFormsTest, DamagedRecordsAreRefused) {
  const std::string norm = "كتاب";
  std::string record;
  EncodeFormRefs(norm, {{"كتب", 2}}, &record);
  std::vector<FormRef> back;
  EXPECT_FALSE(DecodeFormRefs(norm, record.substr(0, record.size() - 1), &back));
  // An offset past the norm.
  std::string bad;
  bad.push_back(1);
  bad.push_back(static_cast<char>(40 << 1));
  bad.push_back(2);
  EXPECT_FALSE(DecodeFormRefs(norm, bad, &back));
  EXPECT_EQ(FindFormRef(norm, bad, "كتب"), std::nullopt);
}

}  // namespace
}  // namespace marsad::index
