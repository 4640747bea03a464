package extract

import (
	"regexp"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// What a company attends, exhibits at or speaks at is an event, whatever words its name holds:
// 參加第五屆數字中國建設峰會, 出席2026中國國際中小企業博覽會, 參展第二十屆中小企業博覽會, 在第三屆香港
// 創業日上. The walk that finds company names stops at 中國, 國際, 企業 and places; after a verb of
// attending, the run up to an event's head noun is one name (its edition or year included).

// zhAttendedEventRe is a verb of attending (or 在/於, then 上/期間 must follow) and the name.
var zhAttendedEventRe = regexp.MustCompile(`(参加了|参加|出席了|出席|参展|亮相于|亮相|参与了|参与|莅临|在|于)((?:第[一二三四五六七八九十百零0-9]+届|20[0-9]{2}年?)?[\p{Han}A-Za-z0-9·]{2,16}?(?:峰会|博览会|论坛|大会|大赛|展览会|交易会|创科展|年会|展会|挑战赛|创新周|科技周|创业日|路演|博会|交会|贸会))(上|期间|，|。|、|及|和|并|,|$)?`)

// zhNotEventOpeners open a run that refers to an event rather than names it (本屆大會, 這次論壇).
var zhNotEventOpeners = []string{"本届", "今届", "是次", "此次", "这次", "该", "今年", "去年", "明年", "上届", "首届", "股东"}

// attendedEventNames proposes EVENT mentions for such names.
func attendedEventNames(d *doc) []mention {
	return zhNamesAfterVerbs(d, zhAttendedEventRe, func(verb, name, after string, closed bool) bool {
		if (verb == "在" || verb == "于") && after != "上" && after != "期间" {
			return false // 在 and 於 set a place or a time unless 上/期間 closes the event
		}
		// a clause, not a name: 出席了在上海舉行的大會 is read by its own rule
		return closed && !strings.ContainsAny(name, "的了在于与和及、") && !wordAt([]rune(name), 0, zhNotEventOpeners) &&
			!strings.HasSuffix(name, "股东大会") && !strings.HasSuffix(name, "周年大会")
	})
}

// zhNamesAfterVerbs returns an EVENT mention for group 2 of each match of re (group 1 the verb,
// group 3 what closes the name) that keep accepts.
func zhNamesAfterVerbs(d *doc, re *regexp.Regexp, keep func(verb, name, after string, closed bool) bool) []mention {
	if d.lang == "en" {
		return nil
	}
	text := string(d.folded)
	var out []mention
	for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
		after := ""
		if loc[6] >= 0 {
			after = text[loc[6]:loc[7]]
		}
		if !keep(text[loc[2]:loc[3]], text[loc[4]:loc[5]], after, loc[6] >= 0) {
			continue
		}
		s := len([]rune(text[:loc[4]]))
		e := s + len([]rune(text[loc[4]:loc[5]]))
		out = append(out, mention{start: s, end: e, name: string(d.runes[s:e]), key: d.key(string(d.runes[s:e])), kind: kg.KindEvent})
	}
	return out
}

// An award a company wins is named in full between the verb of winning and the prize it took
// (榮獲2026香港資訊及通訊科技獎金獎, 奪得第五屆大灣區創新創業獎優異獎): the run up to 獎, with its year
// or edition, is the award's name, though the walk for company names stops at 及 and places.
var zhWonAwardRe = regexp.MustCompile(`(荣获|获得|获颁|夺得|摘得|斩获|荣膺|赢得)((?:第[一二三四五六七八九十百零0-9]+届|20[0-9]{2}年?(?:度)?)?[\p{Han}A-Za-z0-9·]{2,16}?奖)(?:20[0-9]{2}(?:年度|年)?)?(金奖|银奖|铜奖|大奖|优异奖|优秀奖|特别奖|最高荣誉|，|。|,|$)`)

// zhAwardGrades end the grade a winner took within an award, not the award's name.
var zhAwardGrades = []string{"金奖", "银奖", "铜奖", "优异奖", "优秀奖", "特别奖", "嘉许奖"}

// wonAwardNames proposes EVENT mentions (awards are events here) for such names.
func wonAwardNames(d *doc) []mention {
	return zhNamesAfterVerbs(d, zhWonAwardRe, func(_, name, _ string, _ bool) bool {
		n := []rune(name)
		// 奪得智慧生活銀獎: a grade in a category, not the award
		return !strings.ContainsAny(name, "的了在于与和、") && !wordAt(n, 0, zhNotEventOpeners) && len(n) >= 4 &&
			!endsWithAny(n, len(n), zhAwardGrades)
	})
}
