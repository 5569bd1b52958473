// Round trips of the typed record codecs, and corrupt records refused.
#include "marsad/engine/record_codecs.h"

#include <gtest/gtest.h>

namespace marsad::engine {
namespace {

TEST(RecordCodecsTest, MentionsRoundTrip) {
  std::vector<doc::Mention> in(2);
  in[0].span = {10, 32};
  in[0].first_token = 3;
  in[0].end_token = 5;
  in[0].type = doc::EntityType::kLocation;
  in[0].confidence = 0.75F;
  in[1].span = {0, 8};
  in[1].entity = EntityId(123456789);
  in[1].kind = doc::MentionKind::kTitle;
  std::string bytes;
  MentionsCodec::Encode(in, &bytes);
  auto out = MentionsCodec::Decode(bytes);
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  ASSERT_EQ(out->size(), 2u);
  EXPECT_EQ((*out)[0].span, (ByteSpan{10, 32}));
  EXPECT_EQ((*out)[0].end_token, 5u);
  EXPECT_EQ((*out)[0].type, doc::EntityType::kLocation);
  EXPECT_EQ((*out)[0].confidence, 0.75F);
  EXPECT_FALSE((*out)[0].entity.has_value());
  EXPECT_EQ((*out)[1].entity, EntityId(123456789));
  EXPECT_EQ((*out)[1].kind, doc::MentionKind::kTitle);
  EXPECT_EQ((*out)[0].kind, doc::MentionKind::kName);
  for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
    EXPECT_TRUE(MentionsCodec::Decode(std::string_view(bytes).substr(0, cut)).status().IsCorruption()) << cut;
  }
  EXPECT_TRUE(MentionsCodec::Decode(bytes + "x").status().IsCorruption());
}

TEST(RecordCodecsTest, QuotesRoundTrip) {
  std::vector<doc::Quote> in(2);
  in[0].span = {100, 180};
  in[0].kind = doc::QuoteKind::kIndirect;
  in[0].speaker.mention = ByteSpan{60, 80};
  in[0].speaker.entity = EntityId(7);
  in[0].speaker.name = "ألكسندر لافرينتيف";
  in[1].span = {5, 6};
  std::string bytes;
  QuotesCodec::Encode(in, &bytes);
  auto out = QuotesCodec::Decode(bytes);
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  ASSERT_EQ(out->size(), 2u);
  EXPECT_EQ((*out)[0].kind, doc::QuoteKind::kIndirect);
  EXPECT_EQ((*out)[0].speaker.mention, (ByteSpan{60, 80}));
  EXPECT_EQ((*out)[0].speaker.name, "ألكسندر لافرينتيف");
  EXPECT_EQ((*out)[0].speaker.entity, EntityId(7));
  EXPECT_FALSE((*out)[1].speaker.mention.has_value());
  for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
    EXPECT_FALSE(QuotesCodec::Decode(std::string_view(bytes).substr(0, cut)).ok()) << cut;
  }
}

}  // namespace
}  // namespace marsad::engine
