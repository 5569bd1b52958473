#include "marsad/entities/entity_codec.h"

#include <gtest/gtest.h>

#include <random>

#include "marsad/base/byte_coding.h"
#include "marsad/entities/resolver.h"
#include "marsad/entities/test_doc.h"
#include "marsad/entities/test_v1_deltas.h"

namespace marsad::entities {

using base::PutVarint;

namespace {

class CodecTest : public ::testing::Test {
 protected:
  void Fill(Resolver* r) {
    const char* docs[] = {
        "قال الرئيس الروسي {PER|فلاديمير بوتين} إن {LOC|روسيا} و{PER|بوتن}",
        "وقال {PER|بوتين} في {LOC|موسكو} إن {ORG|داعش}",
        "قال {PER|سيرغي لافروف} إن {ORG|تنظيم الدولة} ... وقال الجيش الإسرائيلي",
    };
    int i = 0;
    for (const char* t : docs) {
      doc::AnalyzedDoc d = testing::MakeDoc(analyzer_, std::string("d").append(std::to_string(i)), t, "BBC", 100 + i);
      r->Add(&d);
      ++i;
    }
  }
  // Everything the table shows, as one string.
  static std::string Dump(const Resolver& r) {
    std::string out;
    auto add = [&out](std::string_view s) { out.append(s); };
    for (const Entity& e : r.List()) {
      add(std::to_string(e.id.value()));
      add(" ");
      add(doc::EntityTypeName(e.type));
      add(" ");
      add(e.name);
      add(" m=");
      add(std::to_string(e.mentions));
      for (const auto* list : {&e.variants, &e.titles, &e.docs}) {
        add(" |");
        for (const auto& v : *list) {
          add(v);
          add(",");
        }
      }
      add("\n");
    }
    return out;
  }
  text::Analyzer analyzer_;
};

TEST_F(CodecTest, RoundTrip) {
  Resolver r(analyzer_);
  Fill(&r);
  const std::string bytes = r.Encode();
  auto back = Resolver::Decode(analyzer_, bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(Dump(*back), Dump(r));
  EXPECT_EQ(back->Encode(), bytes);
  EXPECT_EQ(back->document_count(), 3u);
  // The decoded table goes on as the original would.
  doc::AnalyzedDoc d1 = testing::MakeDoc(analyzer_, "x", "قال {PER|لافروف} إن {PER|بوتين}", "CNN", 104);
  doc::AnalyzedDoc d2 = testing::MakeDoc(analyzer_, "x", "قال {PER|لافروف} إن {PER|بوتين}", "CNN", 104);
  r.Add(&d1);
  back->Add(&d2);
  EXPECT_EQ(testing::Render(d1, false), testing::Render(d2, false));
  EXPECT_EQ(Dump(*back), Dump(r));
  // Removing a decoded document works as on the original.
  EXPECT_TRUE(r.Remove("d1"));
  EXPECT_TRUE(back->Remove("d1"));
  EXPECT_EQ(Dump(*back), Dump(r));
}

TEST_F(CodecTest, EmptyTable) {
  Resolver r(analyzer_);
  auto back = Resolver::Decode(analyzer_, r.Encode());
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->entity_count(), 0u);
}

TEST_F(CodecTest, TablesSharingLanguageData) {
  Resolver r(analyzer_);
  Fill(&r);
  Resolver empty = r.EmptyLike();
  EXPECT_EQ(empty.entity_count(), 0u);
  Fill(&empty);
  EXPECT_EQ(Dump(empty), Dump(r));
  auto back = Resolver::Decode(r, r.Encode());
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(Dump(*back), Dump(r));
  EXPECT_TRUE(Resolver::Decode(r, "junk").status().IsCorruption());
}

TEST_F(CodecTest, DamageIsReported) {
  Resolver r(analyzer_);
  Fill(&r);
  const std::string bytes = r.Encode();
  // Every single-byte change is caught (the checksum covers everything before it).
  for (std::size_t i = 0; i < bytes.size(); i += 7) {
    std::string bad = bytes;
    bad[i] = static_cast<char>(bad[i] ^ 0x20);
    auto res = Resolver::Decode(analyzer_, bad);
    EXPECT_FALSE(res.ok()) << "byte " << i;
    if (!res.ok()) {
      EXPECT_TRUE(res.status().IsCorruption()) << res.status().ToString();
    }
  }
  // Truncation.
  for (std::size_t n : {std::size_t{0}, std::size_t{5}, bytes.size() / 2, bytes.size() - 1}) {
    auto res = Resolver::Decode(analyzer_, std::string_view(bytes).substr(0, n));
    ASSERT_FALSE(res.ok()) << n;
    EXPECT_TRUE(res.status().IsCorruption()) << n;
  }
  // Another format version (with a valid checksum) is refused as not supported.
  std::string payload(Unframe(kTableMagic, kTableFormatVersion, bytes, "t").value());
  auto v2 = Resolver::Decode(analyzer_, Frame(kTableMagic, 2, payload));
  ASSERT_FALSE(v2.ok());
  EXPECT_EQ(v2.status().code(), StatusCode::kNotSupported);
  EXPECT_EQ(v2.status().message(), "entity table: format version 2 (this marsad reads version 1)");
  // A well-framed but malformed payload.
  auto junk = Resolver::Decode(analyzer_, Frame(kTableMagic, kTableFormatVersion, "\x05\x01"));
  ASSERT_FALSE(junk.ok());
  EXPECT_TRUE(junk.status().IsCorruption());
  // Another kind of record.
  auto other = Resolver::Decode(analyzer_, EncodeDocMentions({}));
  ASSERT_FALSE(other.ok());
  EXPECT_TRUE(other.status().IsCorruption());
}

// A table built in steps, saved as deltas: replaying them in order on the table each began
// from gives the same table, byte for byte, from nothing or from a snapshot taken between.
TEST_F(CodecTest, DeltasReplayInOrder) {
  struct Step {
    const char* id;  // nullptr: remove `text`'s document instead
    const char* text;
    const char* source;
    int day;
  };
  const Step kSteps[][3] = {
      {{"a", "قال الرئيس الروسي {PER|فلاديمير بوتين} في {LOC|موسكو}", "BBC", 100},
       {"b", "وقال {PER|بوتين} إن {ORG|داعش} في {LOC|سوريا}", "CNN", 101},
       {"c", "قال {PER|سيرغي لافروف} إن {LOC|سورية} و{LOC|أستانا}", "BBC", 101}},
      {{"d", "التقى {PER|بوتين} و{PER|لافروف} في {LOC|أستانة}", "RT", 103},   // a new source
       {"a", "قال {PER|فلاديمير بوتين} في {LOC|سوريا} إن {ORG|تنظيم الدولة}", "BBC", 104},  // replaced
       {"e", "قال رئيس الوفد الروسي {PER|ألكسندر لافرينتيف} في {LOC|أستانا}", "RT", 104}},
      {{nullptr, "b", "", 0},  // an older document removed: its entities' document lists shrink
       {"f", "وأضاف {PER|لافرينتيف} أن {PER|بوتن} راض", "CNN", 105},
       {"g", "{LOC|موسكو}", "BBC", 106}},
  };
  Resolver r(analyzer_);
  std::vector<std::string> deltas;
  std::vector<std::string> snapshots;  // the whole table after each step
  for (const auto& step : kSteps) {
    for (const Step& st : step) {
      if (st.id == nullptr) {
        ASSERT_TRUE(r.Remove(st.text));
        continue;
      }
      doc::AnalyzedDoc d = testing::MakeDoc(analyzer_, st.id, st.text, st.source, st.day);
      r.Add(&d);
    }
    deltas.push_back(r.TakeDelta());
    ASSERT_FALSE(deltas.back().empty());
    EXPECT_TRUE(r.TakeDelta().empty());  // nothing changed since
    snapshots.push_back(r.Encode());
  }
  // From nothing.
  Resolver replay = r.EmptyLike();
  ASSERT_TRUE(replay.ApplyDeltas(deltas).ok());
  EXPECT_EQ(replay.Encode(), snapshots.back());
  EXPECT_EQ(Dump(replay), Dump(r));
  EXPECT_EQ(replay.Lookup("بوتين"), r.Lookup("بوتين"));
  // From the snapshot after the first step, one delta at a time.
  auto from = Resolver::Decode(r, snapshots[0]);
  ASSERT_TRUE(from.ok());
  for (std::size_t i = 1; i < deltas.size(); ++i) {
    ASSERT_TRUE(from->ApplyDeltas({deltas[i]}).ok()) << i;
    EXPECT_EQ(from->Encode(), snapshots[i]) << i;
  }
  // The replayed table goes on as the original does, and its next delta is the same.
  doc::AnalyzedDoc d1 = testing::MakeDoc(analyzer_, "h", "قال {PER|لافروف} إن {PER|بوتين}", "CNN", 107);
  doc::AnalyzedDoc d2 = testing::MakeDoc(analyzer_, "h", "قال {PER|لافروف} إن {PER|بوتين}", "CNN", 107);
  r.Add(&d1);
  replay.Add(&d2);
  EXPECT_EQ(testing::Render(d1, false), testing::Render(d2, false));
  EXPECT_EQ(replay.TakeDelta(), r.TakeDelta());

  // Out of order, or twice: refused, naming the delta.
  Resolver skip = r.EmptyLike();
  Status s = skip.ApplyDeltas({deltas[0], deltas[2]});
  EXPECT_TRUE(s.IsCorruption()) << s.ToString();
  EXPECT_NE(s.message().find("entity table delta 2: made for a table of"), std::string::npos) << s.ToString();
  Resolver twice = r.EmptyLike();
  EXPECT_TRUE(twice.ApplyDeltas({deltas[0], deltas[0]}).IsCorruption());
  // Damage, another version, another kind of data.
  for (std::size_t i = 0; i < deltas[1].size(); i += 5) {
    std::string bad = deltas[1];
    bad[i] = static_cast<char>(bad[i] ^ 0x20);
    Resolver t = r.EmptyLike();
    Status st = t.ApplyDeltas({deltas[0], bad});
    EXPECT_TRUE(st.IsCorruption()) << "byte " << i << ": " << st.ToString();
  }
  std::string payload(Unframe(kDeltaMagic, kDeltaFormatVersion, deltas[0], "d").value());
  Resolver v3 = r.EmptyLike();
  Status newer = v3.ApplyDeltas({Frame(kDeltaMagic, kDeltaFormatVersion + 1, payload)});
  EXPECT_EQ(newer.code(), StatusCode::kNotSupported);
  EXPECT_EQ(newer.message(), "entity table delta 1: format version 3 (this marsad reads versions 1 to 2)");
  Resolver table = r.EmptyLike();
  EXPECT_TRUE(table.ApplyDeltas({snapshots[0]}).IsCorruption());
}

// A table built in many batches of additions, replacements (also of a document added in the
// same batch) and removals: a reader that applies each batch's delta has the writer's table,
// byte for byte, after every batch; so has one that applies them all at once, or decodes a
// snapshot taken between and applies the rest; and the replayed table goes on as the writer.
TEST_F(CodecTest, DeltasReplayGainsOverManyBatches) {
  const char* kTexts[] = {
      "قال الرئيس الروسي {PER|فلاديمير بوتين} في {LOC|موسكو}",
      "وقال {PER|بوتين} إن {ORG|داعش} في {LOC|سوريا}",
      "قال وزير الخارجية الروسي {PER|سيرغي لافروف} إن {LOC|سورية} و{LOC|أستانا}",
      "التقى {PER|بوتين} و{PER|لافروف} في {LOC|أستانة}",
      "قال رئيس الوفد الروسي {PER|ألكسندر لافرينتيف} في {LOC|أستانا}",
      "وأضاف {PER|لافرينتيف} أن {PER|بوتن} راض وقال المسؤول الروسي إن {LOC|دمشق} توافق",
      "قال الرئيس السوري {PER|بشار الأسد} إن {LOC|دمشق} و{LOC|حلب}",
      "قال {PER|بشار الجعفري} مندوب سوريا في {ORG|الأمم المتحدة}",
      "{LOC|موسكو}",
      "قال الرئيس التركي {PER|رجب طيب أردوغان} في {LOC|أنقرة} إن {PER|بوتين} و{PER|روحاني}",
      "وقال الجيش الإسرائيلي إن {LOC|غزة}",
      "قال المتحدث باسم الكرملين {PER|دميتري بيسكوف} إن الرئيس الروسي سيزور {LOC|طهران}",
  };
  // A small cap on co-occurring entities, so that lists fill and evict; the deltas carry
  // it, so a reader with the default options replays them the same.
  ResolverOptions options;
  options.max_cooccurring = 3;
  Resolver r(analyzer_, options);
  Resolver reader(analyzer_);
  Resolver like_writer(analyzer_, options);
  std::mt19937 rng(6);
  std::vector<std::string> deltas;
  std::vector<std::string> snapshots;
  int replaced_in_batch = 0;
  int removals = 0;
  for (int batch = 0; batch < 40; ++batch) {
    std::vector<std::string> added;  // ids added in this batch
    const int n = 1 + static_cast<int>(rng() % 6);
    for (int i = 0; i < n; ++i) {
      const std::string id = std::string("d").append(std::to_string(rng() % 30));
      const bool again = std::find(added.begin(), added.end(), id) != added.end();
      if (rng() % 6 == 0) {
        if (r.Remove(id)) {
          ++removals;
          replaced_in_batch += again;
        }
        continue;
      }
      replaced_in_batch += again;
      doc::AnalyzedDoc d = testing::MakeDoc(analyzer_, id, kTexts[rng() % std::size(kTexts)],
                                            std::string("S").append(std::to_string(rng() % 4)),
                                            100 + batch + static_cast<int>(rng() % 40));
      r.Add(&d);
      added.push_back(id);
    }
    deltas.push_back(r.TakeDelta());
    ASSERT_FALSE(deltas.back().empty());
    snapshots.push_back(r.Encode());
    Status st = reader.ApplyDeltas({deltas.back()});
    ASSERT_TRUE(st.ok()) << batch << ": " << st.ToString();
    ASSERT_EQ(reader.Encode(), snapshots.back()) << "batch " << batch;
  }
  EXPECT_GT(replaced_in_batch, 0);
  EXPECT_GT(removals, 0);
  ASSERT_TRUE(like_writer.ApplyDeltas(deltas).ok());
  EXPECT_EQ(like_writer.Encode(), snapshots.back());
  EXPECT_EQ(Dump(like_writer), Dump(r));
  for (const char* name : {"بوتين", "لافروف", "الرئيس الروسي", "سوريا"}) {
    EXPECT_EQ(like_writer.Lookup(name), r.Lookup(name)) << name;
  }
  // Reopened from a snapshot taken between, the rest applied at once.
  auto reopened = Resolver::Decode(like_writer, snapshots[12]);
  ASSERT_TRUE(reopened.ok());
  ASSERT_TRUE(reopened->ApplyDeltas(std::vector<std::string>(deltas.begin() + 13, deltas.end())).ok());
  EXPECT_EQ(reopened->Encode(), snapshots.back());
  // Both go on as the writer: the same resolutions, the same next delta.
  doc::AnalyzedDoc w = testing::MakeDoc(analyzer_, "d3", kTexts[9], "S9", 200);
  r.Add(&w);
  const std::string next = r.TakeDelta();
  for (Resolver* t : {&like_writer, &*reopened}) {
    doc::AnalyzedDoc d = testing::MakeDoc(analyzer_, "d3", kTexts[9], "S9", 200);
    t->Add(&d);
    EXPECT_EQ(testing::Render(d, false), testing::Render(w, false));
    EXPECT_EQ(t->TakeDelta(), next);
  }
}

// Deltas of format version 1 (testing::V1Deltas): still read, and version 2 deltas go on
// from them.

TEST_F(CodecTest, Version1DeltasStillRead) {
  const std::vector<std::string> v1 = testing::V1Deltas();
  for (const std::string& d : v1) ASSERT_EQ(d[8], 1);  // the version's low byte
  Resolver all(analyzer_);
  Status st = all.ApplyDeltas(v1);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(all.Encode(), testing::V1DeltasTable());
  Resolver one_by_one(analyzer_);
  for (const std::string& d : v1) ASSERT_TRUE(one_by_one.ApplyDeltas({d}).ok());
  EXPECT_EQ(one_by_one.Encode(), testing::V1DeltasTable());
  // A newer ingest goes on from that table with a version 2 delta: removing documents
  // whose names leave their records (e's ألكسندر لافرينتيف), replacing one, adding more.
  auto go_on = Resolver::Decode(analyzer_, testing::V1DeltasTable());
  ASSERT_TRUE(go_on.ok());
  ASSERT_TRUE(go_on->Remove("e"));
  doc::AnalyzedDoc d1 = testing::MakeDoc(analyzer_, "f", "قال {PER|لافرينتيف} في {LOC|أستانا}", "RT", 110);
  doc::AnalyzedDoc d2 = testing::MakeDoc(analyzer_, "h", "قال الرئيس الروسي {PER|بوتين} في {LOC|موسكو}", "TASS", 111);
  go_on->Add(&d1);
  go_on->Add(&d2);
  const std::string v2 = go_on->TakeDelta();
  ASSERT_EQ(v2[8], static_cast<char>(kDeltaFormatVersion));
  std::vector<std::string> mixed = v1;
  mixed.push_back(v2);
  Resolver both(analyzer_);
  st = both.ApplyDeltas(mixed);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(both.Encode(), go_on->Encode());
  EXPECT_EQ(Dump(both), Dump(*go_on));
}

// A delta carries what the batch's documents brought, not the records they changed: a
// document naming بوتين adds nothing of the names and titles his record had before.
TEST_F(CodecTest, DeltaCarriesOnlyWhatRecordsGained) {
  Resolver r(analyzer_);
  doc::AnalyzedDoc d0 =
      testing::MakeDoc(analyzer_, "a", "قال الرئيس الروسي {PER|فلاديمير بوتين} في {LOC|موسكو}", "BBC", 100);
  r.Add(&d0);
  (void)r.TakeDelta();
  doc::AnalyzedDoc d1 = testing::MakeDoc(analyzer_, "b", "وقال {PER|بوتين} في {LOC|موسكو}", "BBC", 101);
  r.Add(&d1);
  ASSERT_EQ(r.Lookup("بوتين"), r.Lookup("فلاديمير بوتين"));  // one record
  const std::string delta = r.TakeDelta();
  EXPECT_EQ(delta.find("فلاديمير"), std::string::npos);
  EXPECT_EQ(delta.find("الروسي"), std::string::npos);
  EXPECT_NE(delta.find("بوتين"), std::string::npos);  // the name as this document wrote it
}

// A delta holds what changed, not the table: one more document over many is a small delta.
TEST_F(CodecTest, DeltaHoldsOnlyWhatChanged) {
  Resolver r(analyzer_);
  const char* kPlaces[] = {"موسكو", "سوريا", "أستانا", "دمشق", "بيروت", "القاهرة", "طهران", "أنقرة"};
  const char* kPeople[] = {"فلاديمير بوتين", "سيرغي لافروف", "ألكسندر لافرينتيف", "بشار الأسد",
                           "بشار الجعفري", "رجب طيب أردوغان", "حسن روحاني"};
  for (int i = 0; i < 200; ++i) {
    const std::string text = std::string("قال {PER|") + kPeople[i % 7] + "} في {LOC|" + kPlaces[i % 8] +
                             "} إن {LOC|" + kPlaces[(i / 8) % 8] + "}";
    doc::AnalyzedDoc d = testing::MakeDoc(analyzer_, std::string("n").append(std::to_string(i)), text,
                                              std::string("S").append(std::to_string(i % 5)), i);
    r.Add(&d);
  }
  (void)r.TakeDelta();
  doc::AnalyzedDoc d = testing::MakeDoc(analyzer_, "last", "قال {PER|بوتين} في {LOC|موسكو}", "S1", 300);
  r.Add(&d);
  const std::string delta = r.TakeDelta();
  const std::string snapshot = r.Encode();
  EXPECT_LT(delta.size() * 10, snapshot.size()) << delta.size() << " vs " << snapshot.size();
}

TEST_F(CodecTest, DocMentions) {
  std::vector<doc::Mention> ms(3);
  ms[0] = {{0, 10}, doc::MentionKind::kName, 0, 2, doc::EntityType::kPerson, 0.75F, EntityId(7)};
  ms[1] = {{11, 30}, doc::MentionKind::kTitle, 2, 5, doc::EntityType::kPerson, 1.0F, std::nullopt};
  ms[2] = {{40, 44}, doc::MentionKind::kName, 8, 9, doc::EntityType::kMisc, 0.5F, EntityId(123456789)};
  const std::string bytes = EncodeDocMentions(ms);
  auto back = DecodeDocMentions(bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  ASSERT_EQ(back->size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ((*back)[i].span, ms[i].span);
    EXPECT_EQ((*back)[i].kind, ms[i].kind);
    EXPECT_EQ((*back)[i].first_token, ms[i].first_token);
    EXPECT_EQ((*back)[i].end_token, ms[i].end_token);
    EXPECT_EQ((*back)[i].type, ms[i].type);
    EXPECT_EQ((*back)[i].entity, ms[i].entity);
    EXPECT_FLOAT_EQ((*back)[i].confidence, ms[i].confidence);
  }
  std::string bad = bytes;
  bad[bad.size() / 2] ^= 1;
  EXPECT_TRUE(DecodeDocMentions(bad).status().IsCorruption());
  // A bad kind inside a valid frame.
  std::string payload;
  PutVarint(&payload, 1);
  for (int i = 0; i < 4; ++i) PutVarint(&payload, 1);
  payload.append("\x09\x00", 2);
  PutVarint(&payload, 0);
  PutVarint(&payload, 0);
  auto r = DecodeDocMentions(Frame(kMentionsMagic, kMentionsFormatVersion, payload));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "mentions record: bad mention 0");
  // Encoded into a string that held something: replaced, the same bytes.
  std::string reused = "an earlier record's bytes, longer than this one's header";
  EncodeDocMentions(ms, &reused);
  EXPECT_EQ(reused, bytes);
  // The mention bytes themselves, independent of the framing (7, 2 + 2 and 0.75 as 750).
  ASSERT_GT(bytes.size(), 12u + 1 + 4);
  EXPECT_EQ(bytes.substr(12, 1 + 8), std::string("\x03\x00\x0a\x00\x02\x00\x00\x07\xee", 9));
}

TEST(CodingTest, FrameInPlaceIsFrame) {
  for (const std::string& payload : {std::string(), std::string("x"), std::string(70000, '\x9c')}) {
    std::string out = "whatever was there";
    FrameBegin(kDeltaMagic, kDeltaFormatVersion, &out);
    out.append(payload);
    FrameEnd(&out);
    EXPECT_EQ(out, Frame(kDeltaMagic, kDeltaFormatVersion, payload));
    auto back = Unframe(kDeltaMagic, kDeltaFormatVersion, out, "delta");
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, payload);
  }
}

}  // namespace
}  // namespace marsad::entities
