package extract

import (
	"regexp"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A Chinese sentence may open with the round rather than the company: 港華科技的A輪融資由星河資本
// 領投, 甲公司的3億元B輪融資獲乙參與. The company that owns the round is the sentence's subject
// for the round's cues, although 的 follows it.

// zhOwnedRound matches what follows the owner's 的: an amount, a round's label, then 融资.
var zhOwnedRound = regexp.MustCompile(`^的(?:[0-9.,，约逾近超数亿万千百元港美人民币]*)(?:(?:新一|最新一|[A-Za-z]+\+?|pre-[A-Za-z]+|种子|天使|战略|首)轮)?融资`)

// zhRoundLabelBy finds a round's label as the subject of a passive (2024年的C輪由甲領投,
// B輪融資由甲領投).
var zhRoundLabelBy = regexp.MustCompile(`(?i)(?:^|[^a-z])(?:[a-e]\+?|pre-[a-e]|种子|天使)轮(?:融资)?由`)

// zhRoundLabel is a round's label standing alone (C輪, Pre-A輪融資, 天使輪): it names the round,
// not an organisation, though it opens a clause as a name would (C輪由甲領投).
var zhRoundLabel = regexp.MustCompile(`(?i)^(?:[a-e]\+?|pre-[a-e]\+?|种子|天使|战略)轮(?:融资)?$`)

// roundLabel reports whether a name is only a round's label.
func roundLabel(name string) bool { return zhRoundLabel.MatchString(textnormFold(name)) }

// roundOwner reports whether 的 (English: 's) at i opens the round the mention before it owns.
func roundOwner(d *doc, i int) bool {
	if d.lang == "en" && i < len(d.folded) {
		return enRoundOwner(d, i) // roundowners_en.go
	}
	if i >= len(d.folded) || d.folded[i] != '的' {
		return false
	}
	return zhOwnedRound.MatchString(string(d.folded[i:min(len(d.folded), i+24)]))
}

// zhRoundVerbs take part in a round named after them: 領投甲的A輪融資, 參與了乙3億元的B輪融資.
var zhRoundVerbs = []string{"联合领投了", "联合领投", "领投了", "领投", "参与了", "参与", "跟投了", "跟投", "参投了", "参投", "投资了"}

// zhAmountRunes make up an amount written before 的 and the round (3億港元的B輪融資).
const zhAmountRunes = "0123456789.,，约逾近超数亿万千百元港美币人民"

// roundObjectNames proposes the company whose round an investor takes part in: the run between
// the verb and 的…融资, less a descriptor before it (香港生物科技公司澄析醫療) and an amount after it.
func roundObjectNames(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	var out []mention
	for i := 0; i < len(f); i++ {
		v := wordStartingAt(f, i, zhRoundVerbs)
		if v == "" {
			continue
		}
		s := i + len([]rune(v))
		i = s - 1
		k := s
		for k < len(f) && k < s+20 && f[k] != '的' && (!zhStopRunes[f[k]] || f[k] == ',' || f[k] == '.') {
			k++
		}
		if k >= len(f) || f[k] != '的' || !roundOwner(d, k) {
			continue
		}
		e := k
		for e > s && strings.ContainsRune(zhAmountRunes, f[e-1]) {
			e--
		}
		if e < k && !hasDigit(f[e:k]) {
			e = k // 港元 alone is no amount: the run ends at 的
		}
		b := s
		for _, desc := range zhDescriptors {
			if x := strings.LastIndex(string(f[b:e]), desc); x >= 0 {
				b += len([]rune(string(f[b:e])[:x])) + len([]rune(desc))
			}
		}
		if e-b < 2 || e-b > 10 || !isHan(f[b]) && !isLatinLetter(f[b]) || containsStopWord(f[b:e]) || allGeneric(string(f[b:e])) || demonstrativeLed(f[b:e]) {
			continue
		}
		name := string(d.runes[b:e])
		out = append(out, mention{start: b, end: e, name: name, key: d.key(name), kind: kindBySuffix(name, kg.KindOrganization)})
	}
	return out
}
