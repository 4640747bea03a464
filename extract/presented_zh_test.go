package extract

import "testing"

// A bare title that opens a sentence speaks of the company the sentence before presented, a
// sentence opening with 其 of the subject before it, a Latin name after a Chinese title is the
// title's holder, and a delegation is no organisation.
func TestPresentedCompaniesAndTitledNames(t *testing.T) {
	presented := "香港創科代表團昨日抵達杜拜出席科技展。代表團由創新科技及工業局局長率領。多間香港機構在展會簽署合作文件。" +
		"本地初創「雲途科技」當日與杜拜電力局簽約。創辦人兼行政總裁陳浩明畢業於香港大學。"
	qi := "迈宁医疗是一家科创板上市公司。迈宁医疗去年营收增长三成。澄远资本成立于2019年，总部位于香港。其创始合伙人黄立群曾任迈宁医疗独立董事。"
	latin := "恒晖金融控股持有平台约六成股权。Harbour Digital管理合夥人Kevin Chan表示，看好香港市場。"
	checkRelCases(t, []relCase{
		{"zh-Hant", presented, []string{"LEADS 陳浩明 > 雲途科技"}},
		{"zh-Hans", qi, []string{"LEADS 黄立群 > 澄远资本"}},
		{"zh-Hant", latin, []string{"LEADS Kevin Chan > Harbour Digital"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", presented, []string{"LEADS 陳浩明 > 代表團"}},
		{"zh-Hans", qi, []string{"LEADS 黄立群 > 迈宁医疗"}},
	})
	for _, p := range Extract(Input{Text: presented, Language: "zh-Hant"}) {
		if p.Entity != nil && p.Entity.Name == "代表團" {
			t.Errorf("a delegation proposed as an organisation")
		}
	}
}

// A past board seat is a membership that ended.
func TestFormerBoardSeats(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "新董事包括前港交所獨立非執行董事陳美儀。", []string{"MEMBER_OF 陳美儀 > 港交所"}},
	}, []Known{{ID: "hkex", Kind: "ORGANIZATION", Names: []string{"港交所"}}})
}

// A past seat on a board read through 曾任 is a membership that ended.
func TestPastBoardSeatsThroughCareers(t *testing.T) {
	text := "澄远资本成立于2019年，总部位于香港。其创始合伙人黄立群曾任迈宁医疗独立董事，已于去年离任。"
	checkRelCases(t, []relCase{{"zh-Hans", text, []string{"MEMBER_OF 黄立群 > 迈宁医疗"}}}, nil)
	checkRelAbsent(t, []relCase{{"zh-Hans", text, []string{"WORKED_AT 黄立群 > 迈宁医疗"}}})
}

// 现任 gives a current post as 担任 does; a deputy's post stays WORKED_AT.
func TestCurrentPostsWithXianRen(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "李思远曾在腾讯任职，现任星河科技首席运营官。", []string{"LEADS 李思远 > 星河科技"}},
		{"zh-Hans", "王芳现任星河科技副总裁。", []string{"WORKED_AT 王芳 > 星河科技"}},
	}, nil)
}

// A title that is the agent of a passive (由副總經理甲牽頭, 由營運總監乙兼任) is a post at the
// organisation the sentence is about.
func TestAgentTitles(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "另外，雲途科技財務總監李家明已離職，加入Klook出任副總裁，其職務暫由營運總監張慧玲兼任。", []string{"LEADS 張慧玲 > 雲途科技"}},
		{"zh-Hans", "星河科技发布公告。公司表示，新加坡办事处由副总经理陈立群牵头筹建。", []string{"WORKED_AT 陈立群 > 星河科技"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "另外，雲途科技財務總監李家明已離職，加入Klook出任副總裁，其職務暫由營運總監張慧玲兼任。", []string{"LEADS 張慧玲 > Klook"}},
	})
}

// A company's board chair taken up with no organisation named is no university's, though the
// university was named more often.
func TestBoardChairsAreNoUniversitys(t *testing.T) {
	text := "镜原科技成立于2019年，与浙江大学共建联合实验室。公司的算法来自浙江大学团队。内部信同时宣布，董事长一职由原联席CEO苏敏接任。"
	checkRelAbsent(t, []relCase{{"zh-Hans", text, []string{"LEADS 苏敏 > 浙江大学"}}})
}

// A post to be taken up (將出任, 将担任) is said of a person, as 将接任 is.
func TestPostsToBeTakenUp(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "陳大文將出任雲途科技行政總裁，接替任立信。", []string{"LEADS 陳大文 > 雲途科技"}},
		{"zh-Hans", "王磊将担任星河科技首席技术官。", []string{"LEADS 王磊 > 星河科技"}},
	}, nil)
}

// A person a relative clause describes, followed by a comma and a present post (…的黃子健，現為…).
func TestDescribedPersonWithPresentPost(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "曾任職滙豐的黃子健，現為雲途科技財務總監。", []string{"LEADS 黃子健 > 雲途科技"}},
	}, nil)
}

// A person an organisation announces to a post (甲宣布乙將出任行政總裁) takes it at the
// announcer.
func TestAnnouncedPosts(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "雲途科技宣布陳大文將出任行政總裁，接替任立信。", []string{"LEADS 陳大文 > 雲途科技"}},
	}, nil)
}

// An incubator's name before its incubatee as a descriptor makes the company its member.
func TestIncubateeDescriptors(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "香港科技园公司培育企业云帆生物将内地总部设在前海。", []string{"MEMBER_OF 云帆生物 > 香港科技园公司"}},
	}, nil)
}
