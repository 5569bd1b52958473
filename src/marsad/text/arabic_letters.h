// Named Arabic code points (as Lucene's ArabicNormalizer and CAMeL's charsets.py name them),
// so logic never carries a bare 0x06xx.
#ifndef MARSAD_TEXT_ARABIC_LETTERS_H_
#define MARSAD_TEXT_ARABIC_LETTERS_H_

namespace marsad::text::ar {

inline constexpr char32_t kHamza = 0x0621;              // ء
inline constexpr char32_t kAlefMadda = 0x0622;          // آ
inline constexpr char32_t kAlefHamzaAbove = 0x0623;     // أ
inline constexpr char32_t kWawHamzaAbove = 0x0624;      // ؤ
inline constexpr char32_t kAlefHamzaBelow = 0x0625;     // إ
inline constexpr char32_t kYehHamzaAbove = 0x0626;      // ئ
inline constexpr char32_t kAlef = 0x0627;               // ا
inline constexpr char32_t kBeh = 0x0628;                // ب
inline constexpr char32_t kTehMarbuta = 0x0629;         // ة
inline constexpr char32_t kTeh = 0x062A;                // ت
inline constexpr char32_t kTheh = 0x062B;               // ث
inline constexpr char32_t kJeem = 0x062C;               // ج
inline constexpr char32_t kHah = 0x062D;                // ح
inline constexpr char32_t kKhah = 0x062E;               // خ
inline constexpr char32_t kDal = 0x062F;                // د
inline constexpr char32_t kThal = 0x0630;               // ذ
inline constexpr char32_t kReh = 0x0631;                // ر
inline constexpr char32_t kZain = 0x0632;               // ز
inline constexpr char32_t kSeen = 0x0633;               // س
inline constexpr char32_t kSheen = 0x0634;              // ش
inline constexpr char32_t kSad = 0x0635;                // ص
inline constexpr char32_t kDad = 0x0636;                // ض
inline constexpr char32_t kTah = 0x0637;                // ط
inline constexpr char32_t kZah = 0x0638;                // ظ
inline constexpr char32_t kAin = 0x0639;                // ع
inline constexpr char32_t kGhain = 0x063A;              // غ
inline constexpr char32_t kTatweel = 0x0640;            // ـ
inline constexpr char32_t kFeh = 0x0641;                // ف
inline constexpr char32_t kQaf = 0x0642;                // ق
inline constexpr char32_t kKaf = 0x0643;                // ك
inline constexpr char32_t kLam = 0x0644;                // ل
inline constexpr char32_t kMeem = 0x0645;               // م
inline constexpr char32_t kNoon = 0x0646;               // ن
inline constexpr char32_t kHeh = 0x0647;                // ه
inline constexpr char32_t kWaw = 0x0648;                // و
inline constexpr char32_t kAlefMaksura = 0x0649;        // ى
inline constexpr char32_t kYeh = 0x064A;                // ي

// Harakat: tanween, short vowels, shadda, sukun.
inline constexpr char32_t kFathatan = 0x064B;
inline constexpr char32_t kSukun = 0x0652;
// Further combining marks in the Arabic block (maddah above, hamza above/below, ...).
inline constexpr char32_t kMaddahAbove = 0x0653;
inline constexpr char32_t kLastArabicMark = 0x065F;
inline constexpr char32_t kSuperscriptAlef = 0x0670;    // ٰ (dagger alef)
inline constexpr char32_t kAlefWasla = 0x0671;          // ٱ
inline constexpr char32_t kAlefWavyHamzaAbove = 0x0672; // ٲ
inline constexpr char32_t kAlefWavyHamzaBelow = 0x0673; // ٳ
inline constexpr char32_t kHighHamza = 0x0674;          // ٴ
inline constexpr char32_t kHighHamzaAlef = 0x0675;      // ٵ
inline constexpr char32_t kHighHamzaWaw = 0x0676;       // ٶ
inline constexpr char32_t kHighHamzaYeh = 0x0678;       // ٸ

inline constexpr char32_t kArabicComma = 0x060C;        // ،
inline constexpr char32_t kArabicSemicolon = 0x061B;    // ؛
inline constexpr char32_t kArabicLetterMark = 0x061C;   // ALM (bidi)
inline constexpr char32_t kArabicQuestionMark = 0x061F; // ؟
inline constexpr char32_t kArabicPercent = 0x066A;      // ٪
inline constexpr char32_t kArabicDecimalSeparator = 0x066B;   // ٫
inline constexpr char32_t kArabicThousandsSeparator = 0x066C; // ٬
inline constexpr char32_t kArabicFullStop = 0x06D4;     // ۔

inline constexpr char32_t kArabicIndicZero = 0x0660;    // ٠
inline constexpr char32_t kPersianZero = 0x06F0;        // ۰

// Persian and Urdu letters that stand for Arabic ones in names and loanwords.
inline constexpr char32_t kPeh = 0x067E;                // پ
inline constexpr char32_t kTcheh = 0x0686;              // چ
inline constexpr char32_t kVeh = 0x06A4;                // ڤ
inline constexpr char32_t kKeheh = 0x06A9;              // ک
inline constexpr char32_t kGaf = 0x06AF;                // گ
inline constexpr char32_t kHehDoachashmee = 0x06BE;     // ھ
inline constexpr char32_t kHehYehAbove = 0x06C0;        // ۀ
inline constexpr char32_t kHehGoal = 0x06C1;            // ہ
inline constexpr char32_t kFarsiYeh = 0x06CC;           // ی
inline constexpr char32_t kYehBarree = 0x06D2;          // ے
inline constexpr char32_t kAe = 0x06D5;                 // ە

// Quranic annotation marks.
inline constexpr char32_t kQuranicSignFirst = 0x0610;   // ؐ .. ؚ
inline constexpr char32_t kQuranicSignLast = 0x061A;
inline constexpr char32_t kSmallHighFirst = 0x06D6;     // ۖ .. ۭ (except 06DD, 06DE, 06E5, 06E6, 06E9)
inline constexpr char32_t kSmallHighLast = 0x06ED;
inline constexpr char32_t kExtendedMarksFirst = 0x08D3; // Arabic Extended-A marks
inline constexpr char32_t kExtendedMarksLast = 0x08FF;

}  // namespace marsad::text::ar

#endif  // MARSAD_TEXT_ARABIC_LETTERS_H_
