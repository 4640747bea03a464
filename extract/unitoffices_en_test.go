package extract

import "testing"

// A regional headquarters or office opened in one sentence and named as "The unit, X Ltd.," in
// the next is the opener's subsidiary; "headquarters at", "hub in" locate the company.
// Invented sentences.
func TestUnitOfficesEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Nimbus Robotics opened an office in Hong Kong. The unit, Nimbus Asia Limited, was incorporated in July.",
			[]string{"SUBSIDIARY_OF Nimbus Asia Limited > Nimbus Robotics", "ESTABLISHED Nimbus Robotics > Nimbus Asia Limited"}, nil},
		{"Nimbus Robotics, a maker of robots, on Wednesday opened its regional headquarters at Hong Kong Science Park.",
			[]string{"LOCATED_IN Nimbus Robotics > Hong Kong Science Park"}, nil},
		{"Nimbus Robotics will open a research hub in Kowloon Bay next year.",
			[]string{"LOCATED_IN Nimbus Robotics > Kowloon Bay"}, nil},
		{"VoltAxis Technology will establish its international headquarters in Hong Kong. The new Hong Kong company, VoltAxis International Limited, will employ 60 people.",
			[]string{"SUBSIDIARY_OF VoltAxis International Limited > VoltAxis Technology"}, nil},
		// A sentence with no office or unit before "The unit, X," sets nothing up.
		{"Nimbus Robotics raised US$5 million. The unit, Nimbus Asia Limited, was incorporated in July.",
			nil, []string{"SUBSIDIARY_OF Nimbus Asia Limited > Nimbus Robotics"}},
	})
}
