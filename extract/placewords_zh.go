package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// A country's name in Chinese ends with 國, and 國際 ("international") is a word of its own:
// in 華泰國際 or 英國際 the 國 belongs to 國際, so the place list's 泰國 or 英國 is no place
// there. 中國國際 keeps 中國, whose 國 the next 國 follows, not 際.

// placeRunsIntoWord reports whether the place at f[s:e] of the folded text gives its last rune to
// a word that follows (泰国|际) or its first to a degree word before it (最|大连锁: "the largest
// chain", no 大连).
func placeRunsIntoWord(f []rune, s, e int) bool {
	return e >= 1 && e < len(f) && f[e-1] == '国' && f[e] == '际' || s >= 1 && s < len(f) && f[s] == '大' && strings.ContainsRune("最更较很", f[s-1])
}

func init() {
	// 傲馳智能及東莞的…: 及 joins the next item, it ends a name after a descriptor as 與 and 和 do.
	zhNameEnd = append(zhNameEnd, "及")
}

func init() {
	// 中金公司及華泰國際為聯席保薦人: a copula after two joined parties ends the second one's name.
	zhPairVerbs = append(zhPairVerbs, "为", "是")
}

func init() {
	// 加盟前在德勤任職: "before joining, at X" opens the employer the work verb follows.
	zhEmployerOpeners = append(zhEmployerOpeners, "前在")
}

// zhRoomWords are rooms a company takes in a park or a building; a park's name before one
// (香港科學園實驗室, 數碼港辦公室) names where the room is, not a body of its own.
var zhRoomWords = map[string]bool{"实验室": true, "办公室": true, "办事处": true}

// facilityBeforeRoom reports whether the name left, found before the suffix suf, is a facility
// that a room word follows, and gives that facility's kind.
func facilityBeforeRoom(left, suf string) (kg.Kind, bool) {
	if !zhRoomWords[suf] {
		return "", false
	}
	for _, x := range zhSuffixes {
		if x.kind == kg.KindFacility && strings.HasSuffix(left, x.s) && len([]rune(left)) > len([]rune(x.s))+1 {
			return x.kind, true
		}
	}
	return "", false
}

func init() {
	// 董事會提名前德勤中國合夥人許嘉欣: a verb of nomination or hiring opens no employer's name.
	zhStopWords = append(zhStopWords, "提名", "聘任", "聘用", "邀请")
}

// medicalSpecialty reports whether the run f[s:e] read before a title is a medical specialty
// (骨科醫生, 眼科醫生), not an employer.
func medicalSpecialty(f []rune, s, e int) bool {
	return e-s <= 3 && f[e-1] == '科'
}

func init() {
	// 零售銀行業務, 財富管理, 向投資者銷售: lines of business and selling, no names.
	for _, w := range []string{"零售", "批发", "财富", "销售"} {
		zhGeneric[w] = true
	}
}

func init() {
	// Verbs and counters of Hong Kong press that stand before a name and made the walk left a
	// clause: 仍有待金管局批准, 獲金管局發出虛擬銀行牌照, 今屆培育公司, 近半屬醫療科技.
	zhStopWords = append(zhStopWords, "有待", "发出", "颁发", "届", "属于", "近半", "占")
}

// officeOfBrand reads a premises word after a place (聯想創投香港辦公室, 香港辦事處): the office a
// company keeps in that place, not a body named so. It returns where the company's name that
// stands before the place ends, or start when only the place stands there; ok is false for
// other names (數字政策辦公室, 香港經濟貿易辦事處, 深圳市政府駐香港辦事處).
func officeOfBrand(f []rune, start, i int, suf string) (int, bool) {
	if !premisesWord(suf) {
		return 0, false
	}
	for _, p := range placeMatcher.FindFolded(f[start:i]) {
		if start+p.End != i {
			continue
		}
		b := start + p.Start
		if b == start {
			return start, true
		}
		if brand := string(f[start:b]); b-start >= 2 && endsWithOrgSuffix(brand) {
			return b, true
		}
	}
	return 0, false
}

func init() {
	// 天使輪投資方源碼資本, 現有投資者甲, 天使投資人乙: the investor's role opens no name.
	zhStopWords = append(zhStopWords, "投资方", "投资者", "投资人")
}

// latinProgramme reports whether the run before a programme's kind word is a Latin name of its
// own (Incu-Bio計劃, Ideation計劃): Hong Kong programmes carry English names that the kind word
// 計劃 only describes, as "programme" does in English. Acronyms (AI計劃) and short words stay.
func latinProgramme(left string) bool {
	return len([]rune(left)) >= 5 && !textnorm.HasHan(left) && latinProperName(left) && left != strings.ToUpper(left)
}
