// Fuzzes the entities stage on arbitrary bytes: (1) the bytes as a document whose every
// few Arabic or Latin words are marked as name mentions of a type chosen by the input —
// Resolver::Add twice (a replacement) must keep spans within the text and in order and
// leave the table's encoding decodable to the same table; (2) the bytes as an entity
// table — as given, and as the payload of a well-framed table, so the parser behind the
// checksum is reached — and as a mentions record: Decode must fail cleanly or give a table
// that encodes back to the same bytes.
#include <cstddef>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "marsad/entities/entity_codec.h"
#include "marsad/entities/resolver.h"
#include "marsad/text/analyzer.h"

// Aborts naming the failed condition.
#define Check(cond)                                                  \
  do {                                                               \
    if (!(cond)) {                                                   \
      std::fprintf(stderr, "entities_fuzz: check failed: %s\n", #cond); \
      std::abort();                                                  \
    }                                                                \
  } while (0)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const marsad::text::Analyzer* const analyzer = new marsad::text::Analyzer();
  // Built once: the lexicon is shared by the tables made from it.
  static const marsad::entities::Resolver* const prototype =
      new marsad::entities::Resolver(*analyzer);
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  // (2) Decoders.
  if (auto table = marsad::entities::Resolver::Decode(*prototype, bytes); table.ok()) {
    Check(table->Encode() == bytes);
  }
  const std::string framed = marsad::entities::Frame(
      marsad::entities::kTableMagic, marsad::entities::kTableFormatVersion, bytes);
  if (auto table = marsad::entities::Resolver::Decode(*prototype, framed); table.ok()) {
    // Decoding checks every index, so the decoded table can be used.
    for (const auto& e : table->List()) Check(e.mentions > 0);
  }
  if (auto mentions = marsad::entities::DecodeDocMentions(bytes); mentions.ok()) {
    Check(marsad::entities::EncodeDocMentions(*mentions).size() == size);
  }

  // (1) The bytes as a document.
  marsad::entities::Resolver resolver = prototype->EmptyLike();
  for (int round = 0; round < 2; ++round) {
    marsad::doc::AnalyzedDoc d;
    d.document.id = round == 0 ? "a" : "b";
    d.document.text.assign(bytes);
    analyzer->Analyze(d.document.text, &d.analysis);
    const auto& tokens = d.analysis.tokens;
    std::size_t pick = 0;
    for (std::uint32_t t = 0; t < tokens.size(); ++t) {
      if (!marsad::text::IsWordLike(tokens[t].token.kind)) continue;
      const std::uint8_t b = data[tokens[t].token.begin];
      if ((b + round) % 3 != 0) continue;
      marsad::doc::Mention m;
      const std::uint32_t end = (b & 4) != 0 && t + 2 <= tokens.size() ? t + 2 : t + 1;
      m.first_token = t;
      m.end_token = end;
      m.span = {tokens[t].token.begin, tokens[end - 1].token.end};
      m.type = static_cast<marsad::doc::EntityType>((b >> 3) % 4);
      d.mentions.push_back(m);
      t = end - 1;
      ++pick;
    }
    resolver.Add(&d);
    std::uint32_t last_begin = 0;
    for (const marsad::doc::Mention& m : d.mentions) {
      Check(m.span.begin <= m.span.end && m.span.end <= size);
      Check(m.first_token <= m.end_token && m.end_token <= tokens.size());
      Check(m.span.begin >= last_begin);
      last_begin = m.span.begin;
      if (m.entity) Check(resolver.Get(*m.entity).has_value());
    }
    (void)pick;
  }
  const std::string encoded = resolver.Encode();
  auto back = marsad::entities::Resolver::Decode(*prototype, encoded);
  Check(back.ok());
  Check(back->Encode() == encoded);
  Check(back->entity_count() == resolver.entity_count());
  for (const auto& e : resolver.List()) {
    Check(!resolver.Lookup(e.name).empty() || e.name.empty() || e.variants.empty());
  }
  return 0;
}
