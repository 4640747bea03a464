package extract

import (
	"sort"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// Extract reads in.Text and returns proposals in document order (by Start, then Kind).
// Deterministic: the same Input gives the same output.
func Extract(in Input) []Proposal {
	if in.Text == "" {
		return nil
	}
	d := newDoc(in)
	ix := in.Index
	if ix == nil {
		ix = NewIndex(in.Known)
	}
	es := findEntities(d, ix)
	selfRefs(d, es)               // "we", 我们 in a text signed by an organisation
	bylineReporterKind(d, es)     // "By Zhang Yiran": a person (outletrefs.go)
	definedTerms(d, es)           // X (the "Subscriber") … the Subscriber (definedterms_en.go)
	designationKinds(d, es)       // recognised as a "Strategic Enterprise" by X: a POLICY (designations_en.go)
	stateFundKinds(es)            // 沙特公共投資基金, the Public Investment Fund: an organisation (sovereignfunds.go)
	designationAliases(d, es)     // 国家级专精特新“小巨人”企业 is also 专精特新“小巨人”企业 (designations_zh.go)
	dropCityBeforeDistrict(d, es) // 深圳南山 is in 南山
	districtGovernments(d, es)    // 顺德区 for the 佛山市顺德区人民政府 named (districts_zh.go)
	districtAliases(d, es)        // "Shenzhen's Nanshan district" names Nanshan district too (placechains_en.go)
	eventByApposition(d, es)
	buildingAppositions(d, es)   // "X, an 18-storey office building in …" is a facility (tenancy.go)
	programmeByApposition(d, es) // "X, a 12-week logistics accelerator" (programmekinds_en.go)
	resolvePersonRefs(d, es)     // 郑博士, 他/她 name a person named before
	firstPersonInTurns(d, es)    // "陳嘉欣：我之前在滙豐工作", "SARAH CHAN: I spent six years at"
	guestTurns(d, es)            // "Guest: X, CEO of Y" … "A: we signed": Y (transcript_en.go)
	answersInInterviews(d, es)   // 答：我本科在浙江大学读… in an interview with 苏沐阳
	resolveEventRefs(d, es)      // 出席论坛的…, "the fair" name the event named before
	occasionRefs(d, es)          // 活动由甲主办: the event named just before (occasions_zh.go)
	kindNounRefs(d, es)          // 平台设在…: the 「…平台」 named just before (occasions_zh.go)
	moreEventRefs(d, es)         // "told the summit", "the delegation to the summit"
	mergedNameRefs(d, es)        // "The combined company will be called X … the merged group" (mergers_en.go)
	programmeRefs(d, es)         // "The accelerator is run by X": the programme named before (programmerefs_en.go)
	definiteRefs(d, es)          // "X, which runs the science park": the name ending so (definiterefs_en.go)
	companyObjectRefs(d, es)     // "X led the company's Series B": the company a sentence before opened with (companyrefs_en.go)
	subsidiaryRefs(d, es)        // 深圳子公司由…出任: the subsidiary introduced as 子公司甲 (subsidiaryrefs_zh.go)
	resolvePrizeRefs(d, es)      // 夺得一等奖 names the contest named before
	ceremonyRefs(d, es)          // 在開幕禮上致辭, 出席開幕禮的… attend the event named before
	var out []Proposal
	pub := parsePublished(in.Published)
	facts := annotateSentences(d, pub)
	out = append(out, relationships(d, es, facts)...)
	out = append(out, stockCodeFacts(d, es, out)...) // 寶恒集團（股份代號：1839） (stockcodes_zh.go)
	listedOnExchange(out, ix)
	investees := roundAmounts(d, out)
	out = append(out, personFacts(d, es, facts)...)
	out = append(out, postFacts(d, es, facts)...)
	out = append(out, copulaFacts(d, es)...)
	by := bylineFacts(d, es)
	heads := mastheadFacts(d, es) // 【财新网】（记者 林知秋）
	out = append(append(out, by...), heads...)
	if len(by) == 0 && len(heads) == 0 {
		n := len(out)
		if d.lang != "en" {
			out = append(out, paperBylineFacts(d, es)...) // 《佛山日报》讯（记者 梁颖）, a byline under the headline
			out = append(out, dispatchFacts(d, es)...)    // 新华网合肥9月18日电（记者孙明哲） (dispatch_zh.go)
			out = append(out, lineBylineFacts(d, es)...)  // 財新網 記者 何雨桐 (bylinelines_zh.go)
		}
		if len(out) == n {
			out = append(out, outletReporterFacts(d, es)...) // "By Jane Doe" … "told Harbour Daily" (outletrefs.go)
		}
	}
	out = append(out, signOffFacts(d, es)...)        // "Helen Chow\nFounding Partner, Harbourline Ventures"
	out = append(out, cohortListFacts(d, es)...)     // "Highlights from the cohort:\n- X, …" (cohorts_en.go)
	out = append(out, speakerPostFacts(d, es)...)    // "…, chief executive Mary Tam said" (speakerposts_en.go)
	out = append(out, foundedWithFacts(d, es)...)    // "co-founded X in 2023 with Y" (speakerposts_en.go)
	out = append(out, copulaPostFacts(d, es)...)     // "Leung is the CTO." (speakerposts_en.go)
	out = append(out, joinedThenPostFacts(d, es)...) // "who joined X in 2012, became president" (speakerposts_en.go)
	out = dropWorkOfLeaders(out)
	shareDates(out)
	out = append(out, placeDescriptorFacts(d, es)...)
	out = append(out, siteDistrictFacts(d, es)...)   // 灣仔香港會議展覽中心 (sitedistricts_zh.go)
	out = append(out, placeReferenceFacts(d, es)...) // "The Shenzhen company was…"
	out = append(out, describedPlaceFacts(d, es, ix)...)
	out = append(out, appositionPlaceFacts(d, es)...)
	out = append(out, eventOpenerFacts(d, es)...)      // "At the summit, X said" (eventopeners_en.go)
	out = append(out, eventRoleFacts(d, es)...)        // "On the sidelines, X …", "X was among the exhibitors" (eventroles_en.go)
	out = append(out, bareAttendanceFactsEn(d, es)...) // "Kelpie Dynamics also exhibited." (bareattendance_en.go)
	out = append(out, marketVerbFacts(d, es)...)       // "writes policies in A, B and C" (marketverbs_en.go)
	out = append(out, equityForIPFacts(d, es)...)      // "licensed patents to X in exchange for a stake" (equity_en.go)
	out = append(out, tickerFacts(d, es)...)           // "X Limited (HKEX: 8821)" (tickers_en.go)
	out = append(out, shareholderFacts(d, es)...)      // "X's largest shareholder is Y" (shareholders_en.go)
	out = append(out, eachGrantFacts(d, es)...)        // "Each will receive a grant from the programme" (eachgrants_en.go)
	out = append(out, unitHeadFacts(d, es)...)         // "now also heads X's China operations" (careers_en.go)
	out = append(out, joinedFromFacts(d, es)...)       // "who joined X from Y in 2012" (careers_en.go)
	unitPosts, refuted := unitPostFacts(d, es)         // "head of robotics at X" (careers_en.go)
	out = dropAnnouncedOfOperated(append(dropRefuted(out, refuted), unitPosts...))
	out = append(out, titleFirstFacts(d, es)...)        // "Head of Sales at X, Ms. Jane Lee, said" (titlefirst_en.go)
	groupMemberships(d, es, out)                        // "a member of the X Group" (groups_en.go)
	boardSeatsAreMemberships(d, es, out)                // 曾任甲獨立董事: a seat on 甲's board (boardseats_zh.go)
	out = append(out, relativeVenueFacts(d, es)...)     // "the summit, which X is organising at Y" (venues_en.go)
	out = append(out, appositionSiteFacts(d, es)...)    // "X, a new InnoHK laboratory at the Hong Kong Science Park" (venues_en.go)
	out = append(out, coActorFacts(d, es)...)           // "run by A with B" (coactors_en.go)
	out = append(out, boardAppointmentFacts(d, es)...)  // "X will be appointed a non-executive Director" (boardseats_en.go)
	out = append(out, licenceGrantFacts(d, es)...)      // 證監會向甲批出…牌照 (licencegrants_zh.go)
	out = append(out, subscriptionFacts(d, es)...)      // "The Subscriber has agreed to subscribe for 120,000,000 new shares" (subscriptions_en.go)
	out = append(out, stakeFacts(d, es)...)             // "X, owned as to 60% by A", "A will hold 51 per cent of X" (stakes_en.go)
	out = append(out, jointVentureFacts(d, es, out)...) // "A formed a joint venture with B … the venture, named X" (jointventures_en.go)
	out = append(out, fundManagerFacts(d, es)...)       // "Harbourline Ventures … Harbourline Fund II" (fundnames_en.go)
	out = append(out, ledWorkFacts(d, es)...)           // "a project at X led by Professor Y" (ledwork_en.go)
	out = append(out, namedUnitFacts(d, es, pub)...)
	out = append(out, namedProgrammeFacts(d, es)...)
	out = append(out, ownedProgrammeFacts(d, es)...)   // "HKSTP's Agri-Tech Centre", 理大的「乙」 (ownedprogrammes.go)
	out = append(out, designationFacts(d, es, out)...) // 甲被乙认定为国家级专精特新“小巨人”企业 (designations_zh.go)
	out = append(out, frameFacts(d, es)...)            // 在《预算案》中…推出「乙计划」, 在「乙展」获颁金奖 (policyframes_zh.go)
	out = append(out, listedCompanyFacts(d, es, ix)...)
	out = append(out, localArmFacts(d, es, facts, out)...) // 在港成立「迅鏈國際（香港）有限公司」 (localarms_zh.go)
	out = append(out, cityDistrictFacts(d, es, out)...)    // 深圳南山區: the district in its city (citydistricts_zh.go)
	out = append(out, placeChainFacts(d, es)...)           // "Kwun Tong, Hong Kong", "Shenzhen's Nanshan district" (placechains_en.go)
	out = append(out, capitalCityFacts(d, es)...)          // 沙特阿拉伯首都利雅得 (placecontainers.go)
	out = append(out, cityZoneFacts(d, es, ix, out)...)    // 合肥高新区 is in 合肥 (cityzones_zh.go)
	out = append(out, buildingPlaceFacts(d, es)...)        // "X, an office building in Wong Chuk Hang" (tenancy.go)
	out = append(out, tenantFacts(d, es)...)               // "The largest tenant is Y": Y is in the building (tenancy.go)
	out = append(out, speechAttendeeFacts(d, es, out)...)  // 開幕式上，副區長陳立群發布… (speeches_zh.go)
	out = append(out, zhEventOpenerFacts(d, es, out)...)   // 在「乙大會」上，甲與丙簽署… (eventopeners_zh.go)
	out = append(out, signingAttendeeFacts(d, es, out)...) // 會上，甲與乙簽署…: both parties were there (signingscenes.go)
	out = append(out, bareAttendanceFacts(d, es, out)...)  // 副市長乙出席並致辭, 「丁」同樣參展 (bareattendance_zh.go)
	out = append(out, attendeeListFacts(d, es, out)...)    // 出席嘉賓包括甲、乙及丙 (bareattendance_zh.go)
	out = append(out, jointPartyFacts(d, es, out)...)      // 甲与乙共建丙, 甲及乙，兩者均為… (jointparties_zh.go)
	out = besidesFacts(d, es, out)                         // 除甲外，乙拟出资: 甲 funds too, and got no money (besides_zh.go)
	productFactsToOwners(d, es, out)                       // "OsteoScan, its AI software … is used in Macau" (products_en.go)
	ownProgrammesAreRun(out)                               // Cyberport in the Cyberport Incubation Programme runs it (plausible.go)
	out = operatorNotParticipant(d, out)
	preferSites(d, es, out)            // 設於中環國際金融中心二期: the building, not the district (sitedistricts_zh.go)
	groupMembersAreUnits(es, out)      // "a member of the X Group": the group's company (plausible.go)
	fundedByNotRun(d, out)             // 计划由政府拨款: funds, not runs (plausible.go)
	fundsAreManaged(out)               // "X Fund, run by X Partners": managed (retypes_en.go)
	out = dropImplausible(d, es, out)  // a university as a round's investee, a bureau as a grantee (plausible.go)
	out = dropDeniedReports(d, out)    // 有报道称甲将获乙投资，甲回应称没有相关安排 (hearsay.go)
	out = dropPendingApprovals(d, out) // "pending clearance from the FDA" (pendingapprovals_en.go)
	possessedPeople(d, es, out)        // 由甲的博士生乙創辦: 乙 founded it (departmentposts_zh.go)
	departmentPosts(d, es, out)        // 科技園公司創業培育總監乙: works at the body (departmentposts_zh.go)
	out = officeOwners(d, es, out)     // 联想创投香港办公室迁入数码港: the company's fact (officeends_zh.go)
	out = dropGenericEnds(d, es, out)  // 机器人企业与百度合作: a trade word is no party (genericends.go)
	out = pairRespectively(d, es, out) // 甲、乙及丙分别在A、B及C设立 (respectively.go)
	out = parentsOfLocalArms(d, out)   // 芯衡在香港设立子公司芯衡（香港）有限公司: the arm is in 香港 (localarmsites.go)
	out = append(out, figureProposals(d, es, facts, pub, investees)...)
	out = append(out, entityProposals(d, es)...)
	out = dropBareKindEntities(out) // 大會由…主辦: the event named in full (bareentities.go)
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Start != out[b].Start {
			return out[a].Start < out[b].Start
		}
		return kindOrder(out[a].Kind) < kindOrder(out[b].Kind)
	})
	return dropDuplicates(out)
}

// startsMention reports whether a mention of ms starts at i.
func startsMention(ms []mention, i int) bool {
	for _, m := range ms {
		if m.start == i {
			return true
		}
	}
	return false
}

func kindOrder(k ProposalKind) int {
	switch k {
	case KindEntity:
		return 0
	case KindRelationship:
		return 1
	}
	return 2
}

// relationships finds every cue in every sentence and fills its two ends.
func relationships(d *doc, es *entitySet, facts []sentenceFacts) []Proposal {
	var out []Proposal
	seen := map[string]bool{}
	lastTo := map[int][]mention{}     // per sentence, the investee of its last INVESTED_IN
	lastFunded := map[int][]mention{} // per sentence, the fund of its last FUNDS (cofunders_en.go)
	spun := map[int][2]mention{}      // per sentence, the unit a spin-off cue names and its parent
	partners := map[int][2]mention{}  // per sentence, the two parties of its partnership
	groups := groupMemory{}           // per sentence and type, the entities its cues proposed as one end (grouprefs.go)
	var investors map[string]int      // the investors the current sentence's investment cues named, by entity → where
	investorsOf := -1                 // the sentence investors holds
	for si, s := range d.sents {
		ms := es.sentenceMentions(s)
		sentenceMs := ms
		for _, h := range findCues(d, s) {
			c := h.cue
			ms := bulletLineMentions(d, s, sentenceMs, h.start) // a bullet line's cue reads its own line (bullets_en.go)
			if d.lang == "en" && strings.HasSuffix(c.cue, " the") && startsMention(ms, h.end-3) {
				h.end -= 4 // "graduated from the": the article opens a known name (The Chinese University of Hong Kong)
			}
			// The sentence after one that states an investment is about the same round
			// ("The round was led by A. B and C also took part.").
			roundBefore := si > 0 && len(lastTo[si-1]) > 0
			if c.flags["co"] && d.lang == "en" && len(lastTo[si]) == 0 && len(lastFunded[si]) > 0 {
				c = asCoFunder(c) // "X anchored the fund, alongside A and B": A and B fund it too
			}
			if c.flags["fin"] && !aboutFinancing(d, s) && !roundBefore || c.flags["nofin"] && aboutFinancing(d, s) {
				continue // nofin: "It will be led by X" names a head, "The round will be led by X" an investor
			}
			if debtNotEquity(d, c, h) {
				continue // "raised US$15 million in venture debt from A": A lent, it holds no stake (debt.go)
			}
			if c.gap && insideMention(ms, h.gap.end) {
				continue // 獲…「投資研發現金回贈計劃」資助: the 投資 is part of a name
			}
			if withinOneMention(ms, h.start, h.end) {
				continue // 香港投资管理有限公司: the 投资 is part of a name
			}
			from, fromPrev := fill(d, es, ms, si, c, 0, c.from, h)
			to, toPrev := fill(d, es, ms, si, c, 1, c.to, h)
			// A predicate joined to an earlier clause takes that clause's subject: "A was founded by X,
			// who …, and has invested in B", "The company …, and is backed by B" (coordinated_en.go),
			// 甲由乙創立，並已加入丙 (coordinated_zh.go). Each reader answers for one language only.
			coordinated := func(side int, slots []string, got []mention, prev bool) ([]mention, bool) {
				if m, ok := zhCoordinatedSubject(d, ms, si, c, h, side, slots, got); ok {
					return mentionOrNone(m), false
				}
				if m, pronoun, ok := coordinatedSubject(d, ms, si, c, h, side, slots, got); ok && pronoun {
					return fill(d, es, ms, si, c, side, []string{"S"}, h)
				} else if ok {
					return []mention{m}, false
				}
				return got, prev
			}
			from, fromPrev = coordinated(0, c.from, from, fromPrev)
			if len(from) == 0 && len(c.from) == 1 && c.from[0] == "L" && omittedSubject(d, s, h.start) {
				from, fromPrev = fill(d, es, ms, si, c, 0, []string{"S"}, h) // 5月，又參與了乙的A輪融資: the subject before (obliques_zh.go)
			}
			if len(c.from) > 0 && c.from[0] == "L" && len(from) == 1 && !fromPrev && siblingObject(d, from[0], h.start) {
				from, fromPrev = fill(d, es, ms, si, c, 0, []string{"S"}, h) // "an investment in A, a lender, and a stake in B": A invests in nothing (clausesubjects_en.go)
			}
			grouped := false
			if n, ok := pluralSubjectBefore(d, s, ms, h.start); ok && (contains(c.from, "L") || contains(c.from, "S")) {
				// "三家獲獎企業將加入丙", "The four start-ups will pitch at X": the group named before.
				if g, prev, ok := groups.find(si, n, func(m mention) bool { return fitsCue(c, 0, m.kind) }); ok {
					from, fromPrev, grouped = g, prev, true
				}
			}
			if d.lang == "en" && strings.HasPrefix(c.cue, "-") {
				from, to = attachedToHyphen(from, c.from, h.start), attachedToHyphen(to, c.to, h.start) // "Koh and Temasek-backed X": Temasek alone
			}
			to, toPrev = coordinated(1, c.to, to, toPrev)
			if !c.flags["sym"] && toIsFromItem(from, to) {
				to, toPrev = nil, false // 甲和乙继续追加投资: not 乙 in 甲 (listitems.go)
			}
			from, to = coAgentsFromObject(d, c, from, to) // "invested in B together with C": C invested too (coactors_en.go)
			if dutyHolderNoun(d, h) {
				continue
			}
			if c.flags["gapalso"] {
				to = append(to, placesIn(ms, h.gap)...) // "expanded from Hong Kong into Vietnam": both are markets (placegaps_en.go)
			}
			// The clause walks below run only for the cues they serve: this loop sees every cue hit.
			fitsFrom := func(m mention) bool { return fitsCue(c, 0, m.kind) }
			if c.typ == "TARGETS_MARKET" && c.from[0] == "S" && len(from) == 1 && !fromPrev {
				if m, ok := prevClauseSubject(d, ms, h.start, fitsFrom); ok && !sameEntity(from[0], m) {
					from = []mention{m} // …，子公司乙則會保留，繼續服務日本客戶: 乙 (unitclauses_zh.go)
				}
			}
			if c.flags["unit"] {
				if m, ok := clauseClosingName(d, ms, h.start, fitsFrom); ok {
					from, fromPrev = []mention{m}, false // 设立子公司甲，负责东南亚市场: 甲's duty (unitclauses_zh.go)
				}
			}
			if m, ok := es.answerCompany(h.start); ok && (strings.Contains(c.cue, "我们") || len(from) == 0 && contains(c.from, "S")) && fitsCue(c, 0, m.kind) {
				from, fromPrev = []mention{m}, false // 答：中东是我们出海第一站, 答：目标市场是越南: the interviewee's company
			}
			if m, ok := es.answerCompany(h.start); ok && len(from) > 0 && (len(to) == 0 || allIn(to, from)) && fitsCue(c, 1, m.kind) && !containsEntity(from, m) {
				to, toPrev = []mention{m}, false // 答：今年完成B轮，由甲领投: the round is the interviewee's company's, not 甲's
			}
			if (c.typ == "ATTENDED" || c.typ == "MEMBER_OF") && !companyClause(d, ms, h.start) {
				from = titledAttendees(d, ms, from) // 出席開幕禮的創新科技署署長黃敏儀: the person (公司在甲接受培育: the company)
			}
			if g := includedMembers(d, ms, s, c, h); len(g) > 0 && len(to) > 0 && c.typ != "ATTRACTED" {
				from, fromPrev = g, false // 31間初創獲納入計劃，當中包括甲、乙及丙
			} else if len(g) > 0 && len(from) > 0 && c.typ == "ATTRACTED" {
				to, toPrev = g, false // 協助逾500間企業在港開業，其中包括甲及乙
			}
			if f, t, ok := objectRelative(d, ms, c, h); ok {
				from, to, fromPrev, toPrev = []mention{f}, []mention{t}, false, false // "X, which Y acquired": X is the object
			} else if f, t, ok := objectPronoun(d, ms, c, h); ok {
				from, to, fromPrev, toPrev = []mention{f}, []mention{t}, false, false // "at X Week - InvestHK organises it" (relclause_en.go)
			} else if c.flags["objrel"] {
				continue // "organised", "released": read only in an object relative clause (relclause_en.go)
			}
			if describedPast(d, c, h, from) {
				from, fromPrev = fill(d, es, ms, si, c, 0, []string{"L"}, h) // "X, a Hong Kong-based firm backed by Y"
			}
			if jointWithoutInvestee(d, c, h, from, to) || investorNoun(d, c, h) {
				continue // 與港投公司加強聯合投資: a partner in investing, no investee named
			}
			if !c.flags["sym"] && len(from) == 1 {
				from = jointSubjects(d, ms, from, h.start) // 甲与乙共同宣布，已成功引进丙: both brought 丙 in
			}
			if c.typ == "LEADS" && c.role == "Co-founder" && d.lang != "en" {
				from = coFounders(d, ms, h, from) // 甲与乙共同创立丙
			} else if c.typ == "LEADS" && c.role == "Founder" && c.gap && d.lang != "en" {
				from = foundersInGap(ms, h, from) // 由醫生甲與工程師乙創立: a title between them ends no list
			}
			if c.flags["hk"] {
				// 赴港上市, 在港上市: 港 is Hong Kong's exchange; the listing rule maps the place.
				to, toPrev = []mention{{start: h.start, end: h.end, name: "港", id: "hong-kong", kind: kg.KindPlace}}, false
			}
			if c.flags["gov"] {
				from, to = governmentPart(d, es, ms, h) // "Invest Hong Kong, the government department that…"
			}
			if c.flags["govfrom"] && (len(from) != 1 || !governmentBody(from[0].name)) {
				continue // "X announced that nine projects have been approved under the Y Scheme": only a government body runs it
			}
			if c.typ == "TARGETS_MARKET" && listingPlace(d, to) {
				continue // 登陸香港主板, 進入香港資本市場: a listing, not a market (listingplaces_zh.go)
			}
			if c.flags["nogov"] && len(from) == 1 && governmentBody(from[0].name) {
				continue // 特區政府將於北部都會區興建…: what a government builds is elsewhere, not the government
			}
			if c.flags["co"] {
				// "alongside X", "a round that also included X": X invested in what the
				// sentence's other investor did.
				to, toPrev = lastTo[si], false
				if c.typ == "FUNDS" {
					to = lastFunded[si]
				}
				if len(to) == 0 && roundBefore {
					to, toPrev = lastTo[si-1], true
				}
			}
			if c.flags["topic"] && c.typ == "INVESTED_IN" && d.lang == "en" && roundBefore && (toPrev || len(to) == 0) {
				to, toPrev = lastTo[si-1], true // "A backed B. C led the round.": B's round, not A's
			} else if c.flags["topic"] && c.typ == "INVESTED_IN" && d.lang == "en" && toPrev && !aboutFinancing(d, d.sents[si-1]) {
				continue // "the round" refers to a round the sentence before reported, or to none
			}
			if c.flags["hyphen"] && len(to) == 0 && len(from) > 0 && c.from[0] == "L" {
				to = appositionOfModifier(d, ms, firstOf(from).start) // "X, a Sequoia-backed start-up,": X
			} else if c.flags["hyphen"] && len(from) == 0 && len(to) > 0 && c.to[0] == "L" {
				from = appositionOfModifier(d, ms, firstOf(to).start) // "X, a Cyberport-incubated start-up,": X
			}
			if c.flags["sym"] && len(to) == 0 && len(from) >= 1 && (afterWith(d, ownerStart(d, ms, firstOf(from))) || afterWithDescribed(d, ownerStart(d, ms, firstOf(from)))) { // 與甲旗下的乙簽署, 昨日與本地初創「乙」簽署
				// "甲與乙、丙等簽署": the list holds the partners of the subject before 與
				// (也 "與日本住友化學合作": the place before 乙 only describes it).
				at := ownerStart(d, ms, firstOf(from))
				if a, ok := partnerBefore(d, ms, c.typ, firstOf(from)); ok {
					from, to = []mention{a}, from
				} else if s, prev := fill(d, es, ms, si, c, 0, []string{"S"}, cueHit{cue: c, start: at, end: at}); len(s) > 0 {
					from, to, fromPrev = s, from, prev
				} else if len(from) >= 2 {
					continue // 並與百度、華為等簽署: partners of a subject not found, not of each other
				}
			}
			if (c.typ == "ORGANIZED" || c.typ == "OPERATES") && len(from) >= 1 && afterWith(d, from[0].start) {
				// "甲將與乙合辦丙": both hold the event (or run the programme).
				if a, ok := partnerBefore(d, ms, c.typ, from[0]); ok {
					from = append([]mention{a}, from...)
				}
			}
			if c.flags["parties"] {
				// "甲與乙簽署合作備忘錄。簽署儀式在丙上舉行", "The agreement was signed at C": the
				// signing names no party; the parties are the partnership's, in this sentence or
				// the one before (the citation takes it in).
				if p, ok := partners[si]; ok {
					from, fromPrev = []mention{p[0], p[1]}, false
				} else if p, ok := partners[si-1]; ok && si > 0 {
					from, fromPrev = []mention{p[0], p[1]}, true
				} else {
					continue
				}
			}
			if (c.typ == "ESTABLISHED" || c.typ == "ORGANIZED") && (bothParties(d, s, h.start) || jointCue(d, c, h)) {
				// "甲与乙签署合作备忘录，双方将共同发起设立丙": 双方 are the partners just named.
				if p, ok := partners[si]; ok {
					from = []mention{p[0], p[1]}
				} else if p, ok := partners[si-1]; ok && si > 0 {
					from, fromPrev = []mention{p[0], p[1]}, true // …签署合作协议。根据协议，双方将共同设立丙
				}
			}
			if c.typ == "TARGETS_MARKET" && len(from) > 0 && bothParties(d, s, h.start) {
				if p, ok := marketParties(d, es, si, h, partners); ok {
					from = p // 双方计划共同开拓东南亚市场: each party's market (bothmarkets.go)
				}
			}
			if c.flags["fund"] && d.lang == "en" && sharesItem(from, to) {
				continue // "Investors X Fund and Y also took part": co-investors, Y funds no X Fund
			}
			if c.flags["pair"] {
				// "A and B merged": the coordination before the verb, paired (pairs_en.go)
				if from, to = coordinatedBefore(d, ms, c, h.start), nil; len(from) < 2 {
					continue
				}
				fromPrev, toPrev = false, false
			}
			to = appositionObjectOnly(d, c, h, to) // "X, a subsidiary of A, and B propose": A alone (arms_en.go)
			if c.typ == "MEMBER_OF" && !toPrev {
				if p, ok := ownedProgramme(d, ms, to); ok {
					c, to = retyped(c, "PARTICIPATED_IN", ""), []mention{p} // "an incubatee of X's Y programme": Y (ownedprogrammes_en.go)
				}
			}
			if p, ok := foundingPartner(d, ms, c, to); ok && len(from) > 0 && !containsEntity(from, p) {
				from = append(from, p) // "A co-founded X in 2020 with B": B founded X too (cofounders_en.go)
			}
			if c.typ == "SUBSIDIARY_OF" && strings.HasPrefix(c.cue, "旗下") && len(to) > 1 {
				to = ownerRightBefore(to, h.start) // "甲、乙旗下的丙跟投": 乙 owns 丙; 甲 is another investor
			}
			if c.flags["arm"] && !armAdjacent(d, h, from, to) {
				continue // "HKIC, the city's investment arm": the owner stands right before 's (arms_en.go)
			}
			if objectElsewhere(d, c, h, from, to) {
				continue // "backed the plan of X", "took over as chief of X", "snapped up a stake in X"
			}
			if dateAfterCue(d, c, h) {
				continue // "a round in May led by X": May is the object (dateobject_en.go)
			}
			if purposeObject(d, c, h, to) {
				to = nil // "A and B signed an MoU to help Hong Kong AI firms…": no partner after "to"
			}
			if c.flags["sym"] && len(to) == 0 && len(from) >= 2 {
				if at := firstOf(from).start; hasSuffixAt(d.folded, at, "包括") || hasSuffixAt(d.folded, at, "包括,") {
					continue // 與多家企業，包括思科、百度等簽署: partners of the subject, not of each other
				}
				from, to = from[:1], from[1:]
			}
			if c.flags["attract"] {
				if len(from) != 1 || len(to) != 1 {
					continue
				}
				if governmentBody(to[0].name) && !governmentBody(from[0].name) {
					from, to, fromPrev, toPrev = to, from, toPrev, fromPrev // 甲與區政府簽訂落戶協議
				} else if !governmentBody(from[0].name) || governmentBody(to[0].name) {
					continue // no government, or two: a settling-in agreement of whom is unclear
				}
			}
			if c.flags["spin"] && len(from) > 0 && len(to) > 0 {
				spun[si] = [2]mention{from[0], to[0]}
			}
			if sp, ok := spun[si]; ok && c.typ == "LISTED_ON" && len(from) == 1 && sameEntity(from[0], sp[1]) {
				from = []mention{sp[0]} // "甲分拆乙，擬於港交所上市": 乙 lists, not 甲
			}
			if c.typ == "LEADS" && c.from[0] == "R" && len(from) > 0 && takesUpPostAt(d, ms, from[len(from)-1].end) {
				continue // "甲委任乙出任丙董事長": 出任 names the organisation 乙 leads
			}
			if c.typ == "INVESTED_IN" {
				if investorsOf != si {
					investors, investorsOf = moneySources(d, ms), si // "a seed round from A, then …"
				}
				to = notCoInvestors(to, investors, h.start, lastTo[si]) // "由甲領投，乙跟投": 乙 invests beside 甲, not in 甲
				to = withoutFundManagers(d, ms, to)                     // 甲向乙旗下的丙基金投資: the money goes to the fund, not its manager (fundmanagers.go)
				if m, ok := es.answerCompany(h.start); ok && len(to) == 0 && len(from) > 0 && !containsEntity(from, m) {
					to, toPrev = []mention{m}, false // "A: a seed round from A, then a Series A led by B": the guest's company's
				}
				for _, f := range from {
					if _, ok := investors[entityKey(f)]; !ok {
						investors[entityKey(f)] = -1
					}
				}
			}
			for _, f := range from {
				if c.typ == "SUBSIDIARY_OF" && f.start >= h.end && possessive(d, f.end) && !allShares(d, f.end) {
					continue // "acquired Didi Global's smart-car unit", "收購X的股份": X's part, not X
				}
				if personLedWork(d, c, h, f) {
					continue // "a project at X led by Professor Y": Y leads work, invests in nothing
				}
				if c.typ == "SUBSIDIARY_OF" && spunFrom(c.cue) && len(to) > 0 && university(to[0].name) {
					continue // a university's spin-off is no subsidiary (eval/heldout2/README.md)
				}
				for _, t := range to {
					if sameEntity(f, t) || c.typ == "LISTED_ON" && t.kind == kg.KindOrganization && !exchange(t) ||
						c.typ == "EDUCATED_AT" && !schoolName(d, t) || c.flags["school"] && !englishSchool(t) && !degreeIn(d, h.gap) || relativeHeadIsNoObject(d, ms, c, h, t) ||
						!personEndsFit(d, ms, si, c, f, t) {
						continue // 上市的特专科技公司: a company lists on an exchange, not on a company
					}
					lo, hi := min(h.start, f.start, t.start), max(h.end, f.end, t.end)
					sp := citeSpan(d, si, fromPrev || toPrev, lo, hi)
					r := &RelationshipProposal{Type: c.typ, From: f.end_(), To: t.end_()}
					if c.flags["sym"] && !c.flags["attract"] && f.start > t.start {
						r.From, r.To = r.To, r.From
					}
					k := relKey(r.Type, r.From, r.To) + "|" + itoa(si)
					if seen[k] {
						continue
					}
					seen[k] = true
					if c.flags["lead"] && r.Type == "INVESTED_IN" {
						yes := true
						r.Lead = &yes
					}
					qualify(d, facts, si, fromPrev || toPrev, h, r, c.flags["ended"])
					if c.flags["planned"] {
						r.Status = "PLANNED"
					}
					if r.Type == "LEADS" || r.Type == "WORKED_AT" {
						r.Role = roleAfter(d, max(f.end, t.end), s.end)
						if r.Role == "" {
							r.Role = c.role
						}
						if ti := titleAfter(d, max(f.end, t.end), s.end); r.Type == "LEADS" && ti != nil {
							r.Type = postType(ti, t) // 担任协会副主席 is a seat, not the lead
							if r.Type == "LEADS" && divisionPost(d, max(f.end, t.end), s.end) {
								r.Type = "WORKED_AT" // 出任快狗打車冷鏈業務總監 heads a unit, not the company
							}
						} else if c.flags["asrole"] && ti == nil {
							r.Type = "WORKED_AT" // "joined X as a researcher": no leading post
						}
						if r.Type == "LEADS" && enDivisionPost(d, max(f.end, t.end), s.end) {
							r.Type = "WORKED_AT" // "appointed X as head of its logistics business" (divisions_en.go)
						}
					}
					conf := 0.6
					if grouped {
						conf = 0.5 // the subject is a reference to a group, matched by its size
					}
					out = append(out, Proposal{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp),
						Trigger: string(d.runes[h.start:h.end]), Confidence: conf, Relationship: r})
					groups.add(si, r.Type, f)
					if r.Type == "INVESTED_IN" {
						lastTo[si] = []mention{t}
					}
					if r.Type == "FUNDS" {
						lastFunded[si] = []mention{t}
					}
					if r.Type == "PARTNERED_WITH" {
						partners[si] = [2]mention{f, t}
					}
				}
			}
		}
	}
	return out
}

// fill returns the mentions that stand in one slot of cue hit h, and whether they came from
// the previous sentence.
func fill(d *doc, es *entitySet, ms []mention, si int, c *relCue, side int, slots []string, h cueHit) ([]mention, bool) {
	if m, ok := relativeHead(d, ms, c, side, slots, h); ok {
		return []mention{m}, false // 上月完成「甲計劃」的保險科技公司「乙」: 乙 did it
	}
	if m, ok := relativeObject(d, ms, c, side, h); ok {
		return []mention{m}, false // 由甲成立的「乙」: 乙, the head the clause describes
	}
	if side == 0 && countedGroupBefore(d, c, h.start) {
		return nil, false // 引进38家企业落户香港: the unnamed companies land, not the subject
	}
	slots = pronounSubjectSlots(d, ms, si, c, side, slots, h)
	for _, slot := range slots {
		switch slot {
		case "L":
			if c.flags["appos"] {
				// "Alan Wong, a biochemist at X": only the name the apposition follows.
				if m, ok := appositionHead(d, ms, h.start); ok && fitsCue(c, side, m.kind) {
					return []mention{m}, false
				}
				return nil, false
			}
			if at := quotedOwnerEnd(d, h.start); c.flags["adj"] && ownerBefore(ms, at) {
				// An "adj" cue (甲旗下的乙) takes only the name right before it, and no
				// other slot when that name does not fit (創新及科技基金旗下的「乙計劃」).
				g := group(d, ms, c, side, true, h.start, h.end)
				if len(g) > 0 && g[len(g)-1].end == at {
					return g[len(g)-1:], false // "甲、乙，以及丙旗下的丁": only 丙 owns 丁
				}
				return nil, false
			}
			if c.flags["adj"] {
				continue
			}
			if m, ok := milestoneSubject(d, es, ms, h.start, func(m mention) bool { return fitsCue(c, side, m.kind) }); ok {
				return []mention{m}, false // (nonnames.go)
			}
			if invitedBy(d, ms, h.start) {
				continue // 並獲香港科技園公司邀請進駐: the inviter is not who moves in (coordinated_zh.go)
			}
			if companyClause(d, ms, h.start) {
				// 郑雅文毕业于港大，目前公司在数码港接受培育: the clause's 公司, not the person before it.
				if g, prev := fill(d, es, ms, si, c, side, []string{"S"}, h); contains(slots, "S") && len(g) > 0 && g[0].kind != kg.KindPerson {
					return g, prev
				}
				return nil, false
			}
			if m, ok := participleHead(d, ms, c, h.start); ok && fitsCue(c, side, m.kind) {
				return []mention{m}, false // "Aquila Health, a telemedicine platform founded by X": Aquila Health (coordinated_en.go)
			}
			if m, ok := coordinatedAsideHead(d, ms, h.start); ok && fitsCue(c, side, m.kind) {
				return []mention{m}, false // "Paysphere, founded in 2019 by Y and merged with Z": Paysphere (coordinatedasides_en.go)
			}
			if m, ok := whoAntecedent(d, ms, h.start); ok && fitsCue(c, side, m.kind) {
				return []mention{m}, false // "said Daniel Cho, Managing Partner at Northgate, who will join Lumora's board": Cho
			}
			if m, ok := whichAntecedent(d, ms, h.start); ok && fitsCue(c, side, m.kind) {
				return []mention{m}, false // "X Inc., a Seoul-based developer, which has opened …": X (asides_en.go)
			}
			if m, ok := asideChainPerson(d, ms, h.start); ok && fitsCue(c, side, m.kind) {
				return []mention{m}, false // "…, and B, its chief technology officer, formerly of X": B (personasides_en.go)
			}
			if m, ok := subjectBeforeAside(d, d.sents[si], ms, c, side, h.start); ok {
				return []mention{m}, false // "A, spun off from B, listed on": A
			}
			if g := group(d, ms, c, side, true, beforeClosingApposition(d, h.start), h.end); len(g) > 0 {
				if p, prev, ok := pronounPartner(d, es, ms, si, c, side, h, g); ok {
					return append([]mention{p}, g...), prev // 公司与乙共建的「丙」: the company and 乙 (pronounpartners_zh.go)
				}
				return g, false // (", the investment arm of Y, joining": the name before the apposition, arms_en.go)
			}
		case "R":
			// 入选由甲主办的「乙」: the object stands after the relative clause 由…的;
			// "invested in 14 companies, including A and B": after "including".
			if e := objectStart(d, h.end); e != h.end {
				g := group(d, ms, c, side, false, e, e)
				if len(g) > 0 && basedModifier(d, g[0]) {
					g = group(d, ms, c, side, false, g[0].end, g[0].end) // "Cyberport-based Votee AI"
				}
				if len(g) > 0 {
					return g, false
				}
			}
			if g := group(d, ms, c, side, false, h.start, h.end); len(g) > 0 && !coInvestor(d, c, h, g[0]) && !(c.flags["near"] && farObject(d, h, g[0])) {
				if x, ok := boardOf(d, ms, c, g[0]); ok {
					return []mention{x}, false // "the Main Board of the Stock Exchange of Hong Kong"
				}
				return withCoActor(d, ms, c, side, semicolonItems(d, es, si, c, side, g)), false
			}
			if m, prev, ok := objectAnaphor(d, es, si, c, side, h); ok {
				return []mention{m}, prev // 入选该计划, "joined the programme"
			}
			if m, prev, ok := companyObject(d, es, si, c, side, h); ok {
				return []mention{m}, prev // 共同創辦公司: the text's company (companyobject_zh.go)
			}
			if e, ok := pastOtherKind(d, ms, c, side, h.end); ok && c.flags["adj"] {
				if g := group(d, ms, c, side, false, e, e); len(g) > 0 {
					return g, false // 旗下的「甲基金」「乙計劃」及「丙計劃」: the fund is managed, the rest run
				}
			}
		case "I":
			if h.gap.end > h.gap.start {
				if g := group(d, ms, c, side, false, h.gap.start, h.gap.start); len(g) > 0 && g[len(g)-1].end <= h.gap.end {
					if len(g) == 1 && d.lang != "en" {
						if n, ok := nameRightAfter(ms, g[0], h.gap.end, func(k kg.Kind) bool { return fitsCue(c, side, k) }); ok {
							return []mention{n}, false // 是內地企業欣旺達的附屬公司: the group describes the name after it
						}
					}
					return titledPersons(d, es, g, h.gap.end, func(k kg.Kind) bool { return fitsCue(c, side, k) }), false // 獲前甲行政總裁乙注資: 乙 (titledpersons_zh.go)
				}
				// group steps from an owner to what it owns (甲的乙 → 乙), which may leave a gap
				// that the cue closes with 的 (位於前海的深港青年創新園): then the gap's own name.
				if m, ok := soleMentionIn(ms, h.gap.start, h.gap.end, func(k kg.Kind) bool { return fitsCue(c, side, k) }); ok {
					return []mention{m}, false
				}
				if k, ok := countedIncluding(d, h.gap.start); ok && k >= h.end {
					if g := group(d, ms, c, side, false, k, k); len(g) > 0 {
						return g, false // 吸引了120家企業進駐，包括甲及乙: the named ones
					}
				}
			}
		case "N":
			// The nearest fitting name before the cue, in its sentence or the one before: "A
			// won the X Award; B was runner-up" (the award just named, not the text's topic).
			if m, prev, ok := nearestBefore(d, es, si, h.start, func(k kg.Kind) bool { return fitsCue(c, side, k) }); ok {
				return []mention{m}, prev
			}
		case "T":
			// What a contribution goes to: the lab, fund or programme just named (contributions.go).
			if m, prev, ok := contributionTarget(d, es, si, h); ok {
				return []mention{m}, prev
			}
		case "P":
			// The scheme a recipient list or an award of money refers to.
			if m, prev, ok := schemeBefore(d, es, si); ok {
				return []mention{m}, prev
			}
		case "B": // the body with members named before (成员包括…)
			if g, prev := bodyBefore(d, es, si, h.start); len(g) > 0 {
				return g, prev
			}
		case "S":
			fits := func(m mention) bool { return fitsCue(c, side, m.kind) }
			if m, ok := asFrameSubject(d, ms, si, h, fits); ok {
				return []mention{m}, false // 作為甲的培育公司，乙…: 乙 (asframes_zh.go)
			}
			if m, ok := relativeClauseOwner(d, d.sents[si], ms, c, h, fits); ok {
				return []mention{m}, false // "A, who spent years at B … in its Hong Kong office": B (relativeits_en.go; r19loc's itsInPersonClause read the same and was folded in)
			}
			if m, ok := participleHead(d, ms, c, h.start); ok && fits(m) {
				return []mention{m}, false // "…, including A, a platform founded by X": A, not the sentence's subject
			}
			if m, ok := milestoneSubject(d, es, ms, h.start, fits); ok {
				return []mention{m}, false // "• Signed an MoU with Keppel": the text's company, not the line before's name
			}
			if m, ok := clauseOpeningName(d, es, si, ms, h.start, fits); ok {
				return mentionOrNone(m), false // 郑松岩表示，该计划由创新科技署资助: the clause's own subject, not the speaker's company (coordinated_zh.go)
			}
			// 其/公司/The company stand for an organisation: a slot for a person is still filled
			// in the sentence ("公司创始人陆明远…曾任职于宁德时代").
			if m, ok := quotedSpeakerOrg(d, d.sents[si], ms, h, fits); ok {
				return []mention{m}, false // "\"… our gateway to ASEAN,\" said Kinexon's chief executive"
			}
			if m, ok := latterFormer(d, d.sents[si], ms, h.start, fits); ok {
				return []mention{m}, false // 後者, 前者
			}
			if m, ok := newCompanyName(d, es, d.sents[si], h.start); ok && fits(m) {
				return []mention{m}, false // 新公司 is the one 定名為 named
			}
			pronoun := (startsWithPronoun(d, d.sents[si]) || standsForCompany(d, d.sents[si], ms, h.start, c)) && fitsCue(c, side, kg.KindOrganization) // 本輪, 新資金
			if m, ok, reported := speakerCompany(d, d.sents[si], ms, h.start, fits); reported && fitsCue(c, side, kg.KindOrganization) {
				if ok { // "汇钱通创始人苏敏仪透露，公司计划…": the speaker's company
					return []mention{m}, false
				}
				// "Yip, who worked at X, said the company would…": the company the text is about.
				if m, ok := mostNamedBefore(d, es, d.sents[si].start, fits); ok {
					return []mention{m}, false
				}
				pronoun = true
			}
			if m, isPronoun, ok := enClauseSubject(d, d.sents[si], ms, h.start); ok && isPronoun && fitsCue(c, side, kg.KindOrganization) {
				pronoun = true // "…, and from there we plan to enter Vietnam": the joined clause's own subject (clausesubjects_en.go)
			} else if ok && !isPronoun && fits(m) && !otherEnd(d, c, side, h, m) {
				return []mention{m}, false
			}
			before := false
			if !pronoun {
				t := es.preTable(ms)
				n := t.before(h.start)
				pre := t.nonPlaces[:n:n] // the names before the cue but places
				// Only a name that could fill the slot counts as the sentence's own subject:
				// "創辦人區嘉明表示，…進軍東盟" is about the company named before.
				for k, first := range t.firstOfKind {
					before = before || first < h.start && fitsCue(c, side, k)
				}
				if kept, dropped := withoutObliques(d, d.sents[si], pre, fits); dropped {
					pre, before = kept, anyFits(kept, fits) // 表示，已與甲簽署協議，並計劃進軍乙: 甲 is no subject (obliques_zh.go)
				}
				// A name followed by 的/旗下/'s modifies the subject (A的子公司B在…): skip it.
				if m, _, ok := mainSubjectAfterOpener(d, d.sents[si], ms, fits); ok && !otherEnd(d, c, side, h, m) {
					return []mention{m}, false
				}
				if m, ok := ownerOfSubject(d, d.sents[si], pre, fits); ok && c.typ == "TARGETS_MARKET" && !otherEnd(d, c, side, h, m) {
					return []mention{m}, false // "Quanta's tests are sold to hospitals in Macau" (productowners_en.go)
				}
				if m, ok := firstSubject(d, d.sents[si], pre, fits); ok && !otherEnd(d, c, side, h, m) {
					return []mention{m}, false
				}
			}
			// An earlier sentence's subject, only when this one refers back or names nobody
			// before the cue.
			if m, prev, ok := fundNamedBefore(d, es, si, c, side); ok {
				return []mention{m}, prev // "HKIC is the anchor limited partner": of the fund just named
			}
			if !pronoun && thingSubject(d, d.sents[si]) && fitsCue(c, side, kg.KindPerson) && !fitsCue(c, side, kg.KindOrganization) {
				return nil, false // "It also joined a round in B": "it" is no person, whoever the text named before (coordinated_en.go)
			}
			if !pronoun && ownSubjectMisfits(d, ms, si, c, side, fits) {
				return nil, false // 研發院由生產力局管理: the sentence's own subject, not an earlier fund
			}
			if si > 0 && (pronoun || c.flags["topic"] && side == 1 || !before && !unnamedSubject(d, d.sents[si], ms, h.start) && !speakerLabel(d, d.sents[si], ms) &&
				!genericSubject(d, d.sents[si], h.start)) { // 獲納入的公司可進駐…
				if pronoun && companyPronoun(d, d.sents[si]) {
					fits = func(m mention) bool { return fitsCue(c, side, m.kind) && m.kind != kg.KindPerson } // 公司 is no person
				}
				if m, prev, ok := headNounReferent(d, es, si, fits); ok {
					return []mention{m}, prev // "The group is chaired by X": the last name that ends in Group (coordinated_en.go)
				}
				if m, prev, ok := topicBefore(d, es, si, fits); ok {
					return []mention{m}, prev
				}
				// "公司還計劃在新加坡設立辦事處" after sentences that name no company: the
				// company the text is about.
				if m, ok := mostNamedBefore(d, es, d.sents[si].start, fits); ok && pronoun && m.kind == kg.KindOrganization {
					return []mention{m}, false
				}
			}
		}
	}
	return nil, false
}

// nameRightAfter returns the fitting mention that starts where m ends and ends by end: in a
// Chinese gap, a name right after another is the one the first describes (內地企業欣旺達).
func nameRightAfter(ms []mention, m mention, end int, fits func(kg.Kind) bool) (mention, bool) {
	if !endsWithDescriptor(textnormFold(m.name)) {
		return mention{}, false // 港交所GEM: a board of the exchange, not the exchange described
	}
	for _, n := range ms {
		if n.start == m.end && n.end <= end && fits(n.kind) {
			return n, true
		}
	}
	return mention{}, false
}

// takesUpPostAt reports whether 出任/擔任 and an organisation follow position i: the appointee
// of 委任/任命 leads that organisation, not necessarily the one that appointed them.
func takesUpPostAt(d *doc, ms []mention, i int) bool {
	for _, v := range []string{"出任", "担任"} {
		if hasPrefixAt(d.folded, i, v) {
			j := i + len([]rune(v))
			for _, m := range ms {
				if m.start == j && m.kind == kg.KindOrganization {
					return true
				}
			}
		}
	}
	return false
}

func sameEntity(a, b mention) bool {
	return a.id != "" && a.id == b.id || a.key != "" && a.key == b.key
}

// relKey identifies a proposed relationship by its type and ends.
func relKey(typ kg.RelType, from, to End) string {
	return string(typ) + "|" + endKey(from) + "|" + endKey(to)
}

func endKey(e End) string {
	if e.EntityID != "" {
		return "id:" + e.EntityID
	}
	return e.EntityKey
}

// citeSpan is the span to quote for a fact whose parts lie in [lo, hi) of sentence si: the
// whole sentence (with the one before when the subject came from it) when that fits the cap,
// else the clauses around the parts, else the parts themselves cut to the cap.
func citeSpan(d *doc, si int, withPrev bool, lo, hi int) span {
	s := d.sents[si]
	if withPrev && si > 0 && s.end-d.sents[si-1].start <= maxSpan {
		return span{d.sents[si-1].start, s.end}
	}
	if s.end-s.start <= maxSpan {
		return s
	}
	a, b := lo, hi
	for a > s.start && !isClauseBreak(d.runes[a-1]) {
		a--
	}
	for b < s.end && !isClauseBreak(d.runes[b]) {
		b++
	}
	if b-a <= maxSpan {
		return span{a, b}
	}
	if hi-lo <= maxSpan {
		return span{lo, hi}
	}
	return span{lo, lo + maxSpan}
}

func isClauseBreak(c rune) bool { return c == '，' || c == ',' || c == '：' || c == ':' }

// entityProposals proposes each new candidate once, quoting the sentence of its first mention.
func entityProposals(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	for _, k := range es.order {
		c := es.candidates[k]
		si := d.sentenceOf(c.first.start)
		if si < 0 {
			continue
		}
		sp := citeSpan(d, si, false, c.first.start, c.first.end)
		e := &EntityProposal{Key: c.key, Kind: c.kind, Name: c.name, Aliases: c.aliases, Roles: c.roles}
		if c.english != "" {
			e.Name = c.english
		}
		if textnorm.HasHan(c.name) {
			e.NameZhHans = textnorm.ToSimplified(c.name)
			e.NameZhHant = textnorm.ToTraditional(c.name)
		}
		e.Slug = slug(e.Name)
		out = append(out, Proposal{Kind: KindEntity, Start: sp.start, End: sp.end, Quote: d.quote(sp),
			Trigger: c.name, Confidence: c.conf, Entity: e})
	}
	return out
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

var _ = strings.TrimSpace
var _ kg.Kind

// possessive reports whether the mention ending at i is followed by 的, 之, 旗下 or 's: it
// modifies the next noun rather than being the subject.
func possessive(d *doc, i int) bool {
	for _, w := range []string{"的", "之", "旗下", "'s", "’s"} {
		if hasPrefixAt(d.folded, i, w) {
			return true
		}
	}
	return pluralPossessive(d, i)
}

// firstOf is the mention of ms that stands first in the text (a list read leftwards from its
// cue comes nearest first).
func firstOf(ms []mention) mention {
	f := ms[0]
	for _, m := range ms[1:] {
		if m.start < f.start {
			f = m
		}
	}
	return f
}

// afterWith reports whether 與/和/同/跟/with stands right before position i.
// afterWithDescribed reports whether 與/和/同/跟 and a description of the name at i stand
// before it (與本地初創「乙」, 與內地電池企業乙): the name is still the partner after 與.
func afterWithDescribed(d *doc, i int) bool {
	if d.lang == "en" {
		return false
	}
	g := strings.TrimRight(string(d.folded[max(0, i-12):i]), "「“『 ")
	for _, w := range []string{"与", "和", "同", "跟"} {
		if k := strings.LastIndex(g, w); k >= 0 {
			rest := g[k:]
			if w != "与" {
				rest = "与" + strings.TrimPrefix(rest, w) // zhDescriptorGlue reads 与 for every partner word
			}
			return zhDescriptorGlue(rest)
		}
	}
	return false
}

func afterWith(d *doc, i int) bool {
	j := i
	for j > 0 && d.runes[j-1] == ' ' {
		j--
	}
	for _, w := range []string{"与", "和", "同", "跟", "with"} {
		if hasSuffixAt(d.folded, j, w) {
			return true
		}
	}
	return false
}

// withinOneMention reports whether [a, b) lies inside one mention.
func withinOneMention(ms []mention, a, b int) bool {
	for _, m := range ms {
		if m.start <= a && b <= m.end {
			return true
		}
	}
	return false
}

// bothParties reports whether 双方 (both parties, both sides) stands in the sentence before i.
func bothParties(d *doc, s span, i int) bool {
	t := string(d.folded[s.start:i])
	return strings.Contains(t, "双方") || strings.Contains(t, "both parties") || strings.Contains(t, "the two ")
}

func insideMention(ms []mention, i int) bool {
	for _, m := range ms {
		if m.start <= i && i < m.end {
			return true
		}
	}
	return false
}

// namedProgrammeFacts reads an organisation named right before its quoted programme as the
// programme's operator: 创新科技署“企业支援计划”, 數碼港「培育計劃」, HKSTP's "Incu-Tech".
func namedProgrammeFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	ms := es.mentions
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.kind != kg.KindOrganization || b.kind != kg.KindProgramme && b.kind != kg.KindEvent && b.kind != kg.KindFacility && b.kind != kg.KindFund || notAName(a) || b.start-a.end > 3 {
			continue
		}
		g := string(d.folded[a.end:b.start])
		if b.kind == kg.KindFacility && g != "'s " && g != "’s " {
			continue // "Cyberport's Supercomputing Centre"; 甲的研發中心 may be only where 甲 works
		}
		if g != "“" && g != "「" && g != "的「" && g != "的“" && g != "'s " && g != "’s " && !(g == "的" && b.kind == kg.KindProgramme) {
			continue // 科技園公司的Incu-Bio計劃 names its operator too
		}
		typ := kg.RelType("OPERATES")
		switch b.kind {
		case kg.KindEvent:
			typ = "ORGANIZED" // 數碼港「金融科技創新大獎」: the body holds its award
		case kg.KindFund:
			typ = "MANAGES" // Cyberport's Cyberport Macro Fund, 新世界集團「創科基金」
			if governmentBody(a.name) && d.lang == "en" && g != "'s " && g != "’s " || governmentBody(a.name) && d.lang != "en" {
				continue // 創新科技署「創新及科技基金」: a public fund the department pays from, no manager
			} else if governmentBody(a.name) {
				typ = "OPERATES" // "the Environment and Ecology Bureau's Green Tech Fund": the bureau runs the scheme
			}
		}
		si := d.sentenceOf(a.start)
		if si < 0 || si != d.sentenceOf(b.start) {
			continue
		}
		sp := citeSpan(d, si, false, a.start, b.end)
		out = append(out, Proposal{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp),
			Trigger: string(d.runes[a.start:b.end]), Confidence: 0.5,
			Relationship: &RelationshipProposal{Type: typ, From: a.end_(), To: b.end_()}})
	}
	return out
}

// university reports whether a name is a university's (a spin-off's origin, not its parent).
func university(name string) bool {
	return strings.Contains(name, "University") || strings.Contains(name, "大学") || strings.Contains(name, "大學") ||
		academicUnit(name) // "spun out of Lantau University's Department of Electronic Engineering"
}

// academicUnit reports whether an English name is a university's department, faculty or
// school ("Department of Electronic Engineering", "Faculty of Medicine").
func academicUnit(name string) bool {
	for _, p := range []string{"Department of ", "Faculty of ", "School of ", "College of "} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// spunFrom reports whether a cue names where a company was spun out of (spun off from X).
func spunFrom(cue string) bool {
	return strings.Contains(cue, "spun off from") || strings.Contains(cue, "spun out of") || strings.Contains(cue, "spin-off from")
}

// modifiedStart is where mention m starts with the place that modifies it (日本住友化學,
// 沙特阿拉伯的阿卜杜拉國王科技大學): the start of the place, else m's own.
func modifiedStart(d *doc, ms []mention, m mention) int {
	for i, p := range ms {
		if i+1 < len(ms) && ms[i+1].start == m.start && p.kind == kg.KindPlace && modifierPlace(d, p, m) {
			return p.start
		}
	}
	return m.start
}

// listedOnExchange reads a listing "in Hong Kong" (在香港上市, its trading debut in Hong Kong)
// as a listing on the Hong Kong stock exchange when the graph knows the exchange: a company
// lists on an exchange, the city only names it.
func listedOnExchange(ps []Proposal, ix *Index) {
	hkex := ""
	for _, n := range []string{"港交所", "hkex"} {
		if id, ok := ix.byName[n]; ok {
			hkex = id
			break
		}
	}
	if hkex == "" {
		return
	}
	for _, p := range ps {
		if r := p.Relationship; r != nil && r.Type == "LISTED_ON" && r.To.EntityID == "hong-kong" {
			r.To = End{Name: r.To.Name, EntityID: hkex}
		}
	}
}

// soleMentionIn returns the one mention inside [start, end) of a kind that fits, if there is
// exactly one.
func soleMentionIn(ms []mention, start, end int, fits func(kg.Kind) bool) (mention, bool) {
	var found []mention
	for _, m := range ms {
		if m.start >= start && m.end <= end && fits(m.kind) {
			found = append(found, m)
		}
	}
	if len(found) != 1 {
		return mention{}, false
	}
	return found[0], true
}

// mentionTable is what fill reads of a sentence's mentions for every cue that looks for the
// sentence's subject, built once per sentence: the mentions that are no place, and where the
// first mention of each kind starts.
type mentionTable struct {
	nonPlaces   []mention
	firstOfKind map[kg.Kind]int
}

// before is how many of the table's mentions start before i.
func (t *mentionTable) before(i int) int {
	return sort.Search(len(t.nonPlaces), func(k int) bool { return t.nonPlaces[k].start >= i })
}

// preTable returns the mentionTable of ms (a sentence's mentions, in text order).
func (es *entitySet) preTable(ms []mention) *mentionTable {
	if len(ms) == 0 {
		return &mentionTable{}
	}
	key := mentionsKey{&ms[0], len(ms)}
	if t, ok := es.pre[key]; ok {
		return t
	}
	t := &mentionTable{firstOfKind: map[kg.Kind]int{}}
	for _, m := range ms {
		if m.kind != kg.KindPlace {
			t.nonPlaces = append(t.nonPlaces, m)
		}
		if _, ok := t.firstOfKind[m.kind]; !ok {
			t.firstOfKind[m.kind] = m.start
		}
	}
	if es.pre == nil {
		es.pre = map[mentionsKey]*mentionTable{}
	}
	es.pre[key] = t
	return t
}

// mentionsKey names one slice of mentions: its first element and its length.
type mentionsKey struct {
	first *mention
	n     int
}

// notCoInvestors returns the investees of an investment cue at position at less the investors
// the sentence named before it (investors maps an entity to where "from" introduced it, or -1
// for the investor of an earlier cue): an investor in the round is no investee of it ("甲领投，
// 乙跟投", "led by A, with B joining"). Such an investor is replaced by the investee the
// sentence already named, if that is no investor itself, else dropped.
func notCoInvestors(to []mention, investors map[string]int, at int, investee []mention) []mention {
	isInvestor := func(m mention) bool {
		w, ok := investors[entityKey(m)]
		return ok && w < at && entityKey(m) != ""
	}
	var out []mention
	for _, t := range to {
		if !isInvestor(t) {
			out = append(out, t)
			continue
		}
		for _, x := range investee {
			if !isInvestor(x) && !containsEntity(out, x) && !containsEntity(to, x) {
				out = append(out, x)
			}
		}
	}
	return out
}

// entityKey names the entity of a mention (its known id and its candidate key).
// A mention of no entity (neither) gets no key: it is no investor.
func entityKey(m mention) string {
	if m.id == "" && m.key == "" {
		return ""
	}
	return m.id + "|" + m.key
}

// containsEntity reports whether ms holds a mention of m's entity.
func containsEntity(ms []mention, m mention) bool {
	for _, x := range ms {
		if sameEntity(x, m) {
			return true
		}
	}
	return false
}

// moneySources are the organisations that "from" introduces in English sentence ms (by
// entity, with where each first stands): "a seed round from A", "US$5 million from B" say
// where money came from, so investors, never the investee of a round reported after them.
func moneySources(d *doc, ms []mention) map[string]int {
	out := map[string]int{}
	if d.lang != "en" {
		return out
	}
	for _, m := range ms {
		if _, seen := out[entityKey(m)]; !seen && m.kind == kg.KindOrganization && hasSuffixAt(d.folded, m.start, "from ") {
			out[entityKey(m)] = m.start
		}
	}
	return out
}

// allIn reports whether every mention of ms names an entity that others name.
func allIn(ms, others []mention) bool {
	for _, m := range ms {
		if !containsEntity(others, m) {
			return false
		}
	}
	return true
}

// ownerRightBefore keeps, of a list read left of 旗下, the name that ends right at the cue: in
// 甲、乙旗下的丙 only 乙 owns 丙. With none there, the list is kept.
func ownerRightBefore(to []mention, at int) []mention {
	for _, m := range to {
		if m.end == at {
			return []mention{m}
		}
	}
	return to
}

// jointSubjects adds to a lone subject 甲 the 乙 of "甲与乙共同/一同/联合 …" before the cue at
// position cue: the two act together, so 与 joins a coordinated subject, not a partner.
// Otherwise from is returned as is.
func jointSubjects(d *doc, ms []mention, from []mention, cue int) []mention {
	if d.lang == "en" || from[0].end > cue {
		return from // a subject stands before its verb
	}
	m := from[0]
	for i, n := range ms {
		if n.start <= m.end || n.kind != m.kind {
			continue
		}
		if g := strings.TrimSpace(string(d.folded[m.end:n.start])); g != "与" && g != "和" && g != "及" && g != "同" {
			return from
		}
		if i+1 < len(ms) && ms[i+1].start < n.end+4 {
			return from // 甲与乙旗下的丙…: the list goes on
		}
		if n.end <= cue && wordAt(d.folded, n.end, []string{"共同", "一同", "联合", "联手", "携手"}) {
			return []mention{m, n}
		}
		return from
	}
	return from
}

// nearestBefore is the last mention of a fitting kind that ends before position at in sentence
// si, else the last in the sentence before; the bool prev says it came from there.
func nearestBefore(d *doc, es *entitySet, si, at int, fits func(kg.Kind) bool) (mention, bool, bool) {
	for j := si; j >= 0 && j >= si-1; j-- {
		ms := es.sentenceMentions(d.sents[j])
		for x := len(ms) - 1; x >= 0; x-- {
			if ms[x].end <= at && fits(ms[x].kind) {
				return ms[x], j < si, true
			}
		}
	}
	return mention{}, false, false
}
