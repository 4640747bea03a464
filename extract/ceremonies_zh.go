package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// The ceremony of an event stands for the event (生產力局主席鄭志堅在開幕禮上致辭,
// 出席開幕禮的署長黃敏儀): whoever is at its opening attends the event named last before it.

// zhCeremonies are the parts of an event news names on their own.
var zhCeremonies = []string{"开幕典礼", "开幕礼", "开幕式", "闭幕礼", "闭幕式", "颁奖典礼", "颁奖礼"}

// ceremonyRefs adds a mention of the latest full event name before each ceremony word that
// follows 出席/在/參加.
func ceremonyRefs(d *doc, es *entitySet) {
	events := fullEvents(d, es)
	if len(events) == 0 {
		return
	}
	f := d.folded
	var added []mention
	for i := 0; i < len(f); i++ {
		for _, w := range zhCeremonies {
			if !hasPrefixAt(f, i, w) || insideMention(es.mentions, i) || !endsWithAny(f, i, []string{"出席", "参加", "在", "于", "主持"}) {
				continue
			}
			for k := len(events) - 1; k >= 0; k-- {
				if e := events[k]; e.end <= i {
					added = append(added, mention{start: i, end: i + len([]rune(w)), name: e.name, id: e.id, key: e.key, kind: kg.KindEvent})
					break
				}
			}
			i += len([]rune(w)) - 1
			break
		}
	}
	es.addMentions(added)
}

// fullEvents are the events a Chinese text names in full (no 论坛 alone, no award), which a
// ceremony or an activity named by a common noun may refer to.
func fullEvents(d *doc, es *entitySet) []mention {
	if d.lang == "en" {
		return nil
	}
	return es.where(func(m mention) bool {
		return m.kind == kg.KindEvent && !genericEvent(m.name) && !award(m.name) && !holdingAct(m.name)
	})
}

// zhHoldingVerbs open a phrase that says a meeting was held (舉行大會, 召開會議): the act, not an
// event's name.
var zhHoldingVerbs = []string{"举行", "召开", "举办", "主办", "出席", "参加"}

// holdingAct reports whether an event's name starts with a verb of holding or attending.
func holdingAct(name string) bool {
	return wordAt([]rune(textnormFold(name)), 0, zhHoldingVerbs)
}

// titledAttendees replaces an organisation in from by the person its title names right after it
// (創新科技署署長黃敏儀): the person attends, not the bureau.
func titledAttendees(d *doc, ms []mention, from []mention) []mention {
	for i, f := range from {
		for k, m := range ms {
			if sameEntity(m, f) && m.start == f.start && k+1 < len(ms) && titledBy(d, m, ms[k+1]) {
				from[i] = ms[k+1]
				break
			}
		}
	}
	return from
}

// zhPublicBodies end the names of public bodies, which no person founds: 生產力局, 投資推廣署.
var zhPublicBodies = []string{"局", "署", "委员会", "政府", "理事会", "管委会", "立法会"}

// foundedNoBody reports whether the title of pc is a founder's and m is a public body: a
// founder named without the company belongs to a company, not to the bureau the text is about.
func foundedNoBody(d *doc, pc personCue, m mention) bool {
	if pc.t == nil || !strings.Contains(pc.t.role, "Founder") && !strings.Contains(pc.t.role, "founder") {
		return false
	}
	n := textnormFold(m.name)
	for _, x := range zhPublicBodies {
		if strings.HasSuffix(n, x) {
			return true
		}
	}
	return false
}
