//! Learn cards: short, friendly reads about living and moving with low back pain.
//!
//! Each card is written for someone who is sore and reading on a small phone: a title, a
//! one-line teaser for the Today screen, a few short paragraphs and an optional bullet list.
//! The text is our own, built on the facts in the shared content notes; where a card rests on
//! a trial or a guideline, its `sources` name it. It is general self-help guidance, not a
//! diagnosis; the `see-a-professional` card says when to get a person to look at your back,
//! and shows the warning signs that need care rather than exercise.
//!
//! The words a screen shows are messages in `locales/<lang>/learn.ftl`, keyed by the card's
//! id (`learn-<id>-title`, `-summary`, `-p-1`, `-point-1`; citations `learn-source-<id>`).
//! The English fields below stay word for word what those messages say in English (a test
//! holds them together): they give each card its counts, and its facts to the tests.

use super::i18n::{messages as m, Msg};

/// One short read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LearnCard {
    pub id: &'static str,
    pub title: &'static str,
    /// One sentence (<= 140 chars) shown on the Today screen as a teaser.
    pub summary: &'static str,
    /// 2-4 short paragraphs, each <= 320 chars.
    pub body: &'static [&'static str],
    /// Optional bullet list (e.g. the red flags), may be empty.
    pub points: &'static [&'static str],
    /// Where the facts come from, one short citation each (<= 140 chars), shown small at
    /// the end of the read. Empty for cards that rest on general guidance only.
    pub sources: &'static [Source],
}

/// A study or guideline a read rests on: its English citation, and the id of its message
/// (`learn-source-<id>`), shared by every read that cites it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub id: &'static str,
    pub text: &'static str,
}

impl Source {
    /// The citation, in words (`learn-source-<id>` in `learn.ftl`).
    pub fn msg(&self) -> Msg {
        Msg::keyed(format!("learn-source-{}", self.id))
    }
}

impl LearnCard {
    /// One of its texts: `learn-<id>-<part>` in `learn.ftl`. The English fields above stay
    /// for tests (every message says word for word what its field says) and their counts.
    fn keyed(&self, part: &str) -> Msg {
        Msg::keyed(format!("learn-{}-{part}", self.id))
    }

    fn numbered(&self, part: &str, count: usize) -> Vec<Msg> {
        (1..=count)
            .map(|n| self.keyed(&format!("{part}-{n}")))
            .collect()
    }

    /// Its title, in words.
    pub fn title_msg(&self) -> Msg {
        self.keyed("title")
    }

    /// Its one-sentence teaser, in words.
    pub fn summary_msg(&self) -> Msg {
        self.keyed("summary")
    }

    /// Its paragraphs, in order (`-p-1`, `-p-2`, ...).
    pub fn body_msgs(&self) -> Vec<Msg> {
        self.numbered("p", self.body.len())
    }

    /// Its bullet points, in order (`-point-1`, ...); none for most reads.
    pub fn point_msgs(&self) -> Vec<Msg> {
        self.numbered("point", self.points.len())
    }

    /// Where its facts come from, one citation each.
    pub fn source_msgs(&self) -> Vec<Msg> {
        self.sources.iter().map(Source::msg).collect()
    }

    /// True for the card that shows the two lists of warning signs from `domain::safety`.
    pub fn shows_warning_signs(&self) -> bool {
        self.id == "see-a-professional"
    }
}

/// The pain-monitoring model behind the 0 to 10 bands and the next-morning check.
const SILBERNAGEL: Source = Source {
    id: "silbernagel",
    text: "Pain-monitoring model: Silbernagel et al., Am J Sports Med, 2007 (a study of \
           Achilles tendon pain)",
};

/// Every card, in reading order. Today's card rotates through this list one a day.
pub const CARDS: &[LearnCard] = &[
    LearnCard {
        id: "why-movement",
        title: "Why moving helps your back",
        summary: "Gentle, regular movement often helps a sore back recover sooner than rest does.",
        body: &[
            "Back pain is very common: up to 8 in 10 people have it at some point in their lives. \
             If your back is sore right now, you are in good company.",
            "When it hurts, lying still can feel like the sensible thing to do. But long spells \
             of rest usually don't help. Muscles that aren't used get weaker, joints get stiffer, \
             and moving can start to feel harder than before.",
            "Moving regularly works the other way. Stronger muscles in your tummy, sides, lower \
             back and hips give your spine better support. Moving also sends more blood to the \
             area, and it releases endorphins, your body's own pain easers, which can lift your \
             mood too.",
            "So think of gentle movement as part of the treatment, not a reward for when the \
             pain has gone. Small amounts count, and you can build up from there.",
        ],
        points: &[],
        sources: &[],
    },
    LearnCard {
        id: "hurt-vs-harm",
        title: "Hurt is not the same as harm",
        summary: "Some discomfort while you exercise is okay. A 0 to 10 check against your \
                  usual pain tells you when to carry on or make it easier.",
        body: &[
            "Feeling some pain as you move doesn't necessarily mean you're doing harm. A sore \
             back can be extra sensitive for a while, and calm, steady practice helps it get \
             used to moving again.",
            "While you exercise, rate your pain from 0 (none at all) to 10 (the worst you can \
             imagine). Limber uses the three bands below whenever you tell it something hurts.",
            "This way of keeping an eye on pain comes from physiotherapy research. If your back \
             already sits higher than 3 most days, the bands move up with it: your usual level \
             is green, up to about 2 points above it is amber, and more than that, or 8 and up, \
             is red. Limber works out your usual level from your recent answers.",
            "Red isn't a failure and doesn't mean stop moving. Make that exercise easier, or skip \
             it and rest, and try again another day. If your pain stays high, get it checked by \
             a doctor or physio.",
        ],
        points: &[
            "Green, 0 to 3/10 (or up to your usual level): fine. Carry on, moving slowly and \
             breathing easily.",
            "Amber, 4 to 5/10 (or up to 2 above your usual): fine if it settles by the next \
             morning. Ease off a little: fewer reps, smaller moves.",
            "Red, 6/10 or more (or 3 above your usual, or 8 and up), or pain spreading down a \
             leg: stop that exercise; try its easier version or skip it.",
        ],
        sources: &[SILBERNAGEL],
    },
    LearnCard {
        id: "next-morning",
        title: "The next morning tells you most",
        summary: "How your back feels the morning after a session is the best sign of whether \
                  you did the right amount.",
        body: &[
            "During a session it can be hard to judge how much is right. Your back gives a \
             clearer answer later: how it feels the next morning, compared with how it felt \
             before you started.",
            "So the day after a session, Limber asks you once: is your back better, about the \
             same, or worse than before? Pick one and save; your pain score is optional.",
            "A bit of soreness during a session is okay, as long as it has settled by the next \
             morning. That is the same rule as the 0 to 10 check, seen from the day after.",
        ],
        points: &[
            "Better, or about the same: the amount suited you, so you're ready to build.",
            "Worse: your next session steps back a little, to give your back time to settle.",
        ],
        sources: &[SILBERNAGEL],
    },
    LearnCard {
        id: "pacing",
        title: "Start slowly, build gradually",
        summary: "Small, steady steps up are how strength comes back without stirring up your \
                  back.",
        body: &[
            "On a good day it's tempting to do a lot. A slow start usually serves you better: \
             begin with gentle, low-impact movement, like a short walk, and let your body show \
             you what it's ready for.",
            "When an exercise feels comfortable, add a little: one or two more repetitions, or a \
             little more time. Then stay there for a few days before adding more. Slow progress \
             is still progress.",
            "If your pain flares, there's no need to start from scratch. Step back to the last \
             level that felt comfortable, stay there while things calm down, then build up \
             again.",
        ],
        points: &[
            "Feels comfortable? Add 1 or 2 reps, or a little time.",
            "Give it a few days between each step up.",
            "Pain flaring? Go back to your last comfortable level.",
        ],
        sources: &[],
    },
    LearnCard {
        id: "why-walking",
        title: "Why walking",
        summary: "A large trial found that a simple walking programme helped people stay clear \
                  of back pain flares for longer.",
        body: &[
            "The WalkBack trial, published in The Lancet in 2024, followed 701 adults who had \
             recently recovered from an episode of low back pain. Half were given a walking \
             programme that built up step by step, with some education. The other half got no \
             treatment.",
            "The walkers were about a quarter less likely to have a flare that limited what \
             they could do (a hazard ratio of 0.72). The typical walker went 208 days before \
             one, against 112 days without the programme: nearly twice as long.",
            "Limber's walking plan builds up the same gentle way. In a baseline week you take up \
             to 3 walks of a comfortable length. Your plan starts at about 80% of that, then \
             adds about 10% a week, but only after a week done as planned. After a flare, it \
             holds or steps back.",
            "The aim is 30 minutes on 5 days: 150 minutes a week, the amount of moderate \
             activity the World Health Organization advises for adults. You can split a walk \
             into shorter bouts, like 3 walks of 10 minutes.",
        ],
        points: &[],
        sources: &[
            Source {
                id: "walkback",
                text: "WalkBack trial: Pocovi et al., The Lancet, 2024",
            },
            Source {
                id: "who-2020",
                text: "WHO guidelines on physical activity and sedentary behaviour, 2020",
            },
        ],
    },
    LearnCard {
        id: "flare-up-plan",
        title: "Your flare-up plan",
        summary: "Bad back days are hard, and having a simple plan ready makes it easier to keep \
                  moving gently.",
        body: &[
            "A flare-up is a spell when your pain is worse than usual. It can be upsetting, but \
             more pain doesn't necessarily mean more harm, and staying still for a long time \
             tends to bring more stiffness.",
            "Keep moving, just do less. Make your sessions shorter and pick the easier versions \
             of your exercises. Short walks, little and often through the day, help you stay \
             active without overdoing it.",
            "As things settle, ease back up one step at a time from your last comfortable level, \
             rather than jumping straight back to where you were.",
            "Talk to a doctor or physio if a flare hasn't improved after about 2 weeks, or keeps \
             getting worse. If you notice any of the signs in 'When to see a professional', get \
             medical help the same day.",
        ],
        points: &[
            "Keep moving gently rather than stopping altogether.",
            "Shorter sessions, easier versions.",
            "Walk little and often.",
            "Ease back up one step at a time.",
        ],
        sources: &[],
    },
    LearnCard {
        id: "see-a-professional",
        title: "When to see a professional",
        summary: "Limber gives general guidance, not a diagnosis, so here's when it's worth \
                  getting your back checked by someone.",
        body: &[
            "This app can't examine you or tell you what's behind your pain. A doctor or \
             physiotherapist can. It's worth booking an appointment if your pain hasn't \
             improved after about 2 weeks, or if it's getting worse.",
            "If you have other health conditions, it's a good idea to check with a professional \
             before starting a new exercise programme too.",
            "Some signs need care rather than exercise: a few need emergency help straight \
             away, others a doctor within a day or two. Both lists are below. If one applies, \
             stop exercising and get the help it says.",
        ],
        // The safety checks' own two lists are shown under this card (see
        // `shows_warning_signs`), so the wording never drifts apart.
        points: &[],
        sources: &[],
    },
    LearnCard {
        id: "low-impact-cardio",
        title: "Gentle cardio for your back",
        summary: "Walking, swimming, cycling and water aerobics get your heart going without \
                  jolting your back.",
        body: &[
            "Low-impact cardio means activity that raises your heart rate without pounding or \
             jarring your body. Think walking, swimming, a stationary bike or a water aerobics \
             class.",
            "Because these are kind to your spine, they're a good place to start. They build \
             fitness, get more blood flowing to your back, and can leave you feeling better in \
             yourself.",
            "Walking is the easiest to fit into a day: a few minutes at a comfortable pace is \
             plenty to begin with. In water, some of your weight is held up for you, so moving \
             can feel easier there.",
            "Start with short sessions and add a little time every few days when it feels \
             comfortable. You can do these away from your phone and log them afterwards.",
        ],
        points: &[],
        sources: &[],
    },
    LearnCard {
        id: "core-strength",
        title: "A stronger core supports your back",
        summary: "Your core is the team of muscles around your middle, and gentle strength work \
                  helps them support your spine.",
        body: &[
            "Your core isn't just your tummy. It's the ring of muscles around your middle: the \
             front, your sides, your lower back and your hips. Working together, they help \
             support your spine as you move.",
            "You don't need crunches or heavy weights. Simple moves like pelvic tilts, bridges \
             and modified planks build that support gently. Start with the easiest version and \
             move up when it feels comfortable.",
            "Move slowly, keep breathing, and stop before you strain. Doing a few well matters \
             more than doing lots.",
        ],
        points: &[
            "Pelvic tilt: lying on your back with knees bent, gently press your lower back \
             towards the floor, then relax.",
            "Bridge: lying on your back with knees bent, lift your hips a little, then lower \
             slowly.",
            "Modified plank: hold a plank from your knees or forearms for a few slow breaths.",
        ],
        sources: &[],
    },
    LearnCard {
        id: "stretch-gently",
        title: "Stretch gently",
        summary: "Gentle stretches for your hips, legs and lower back can ease tension and help \
                  you move more freely.",
        body: &[
            "Stretching your hips, legs and lower back helps release tension and gives you more \
             room to move. It's a calm, easy way to start or finish a session.",
            "Ease into each stretch slowly until you feel a gentle pull, then hold still. No \
             bouncing and no forcing: a good stretch feels like relief, not a struggle.",
            "Breathe slowly, and let each breath out help you relax a little more. If a stretch \
             makes your pain worse, ease off or try a different one.",
        ],
        points: &[
            "Hold still, don't bounce.",
            "A gentle pull is enough.",
            "Keep breathing, slow and easy.",
        ],
        sources: &[],
    },
    LearnCard {
        id: "stay-consistent",
        title: "A little, often",
        summary: "A few minutes most days does more for your back than one big session now and \
                  then.",
        body: &[
            "Regular, small doses of movement add up. A short routine is also easier to keep \
             going on busy days or sore days than a long workout.",
            "Mix things up: some strength, some stretching and some gentle cardio like walking. \
             Each kind of activity helps in its own way, and variety keeps it interesting.",
            "Yoga and Pilates-style movement, which blend strength, stretching and slow \
             breathing, suit many people with back pain. Try gentle beginner sessions and skip \
             anything that doesn't feel right.",
            "It can help to tie your routine to something you already do every day, like your \
             morning cup of tea, so it becomes a habit.",
        ],
        points: &[],
        sources: &[],
    },
    LearnCard {
        id: "healthy-weight",
        title: "Weight and your back",
        summary: "A healthy weight means less load on your spine, and regular gentle movement \
                  can help with that over time.",
        body: &[
            "Your lower back helps carry your weight every time you stand, walk or bend. At a \
             healthy weight for you, there's less load on your spine.",
            "This isn't about strict diets or chasing a number. The walks and exercises in your \
             routine are already a kind, steady way to look after your weight over time.",
            "If you'd like more help with weight, a health professional can support you at a \
             pace that suits you. Be kind to yourself along the way.",
        ],
        points: &[],
        sources: &[],
    },
    LearnCard {
        id: "keep-active",
        title: "Keep up your everyday life",
        summary: "Carrying on with your usual daily activities, as best you can, is part of \
                  looking after your back.",
        body: &[
            "Guidelines for low back pain encourage people to keep up their normal activities \
             where they can: work, chores, hobbies, seeing friends. You may need to do some \
             things more slowly or in smaller chunks for a while, and that's fine.",
            "Some products promise a quick fix. UK guidance from NICE does not recommend back \
             belts, traction or TENS machines for low back pain, so there's no need to spend \
             money on them.",
            "What the guidance does support is what you're already doing: staying active, doing \
             exercise you can enjoy, and building up gently over time.",
        ],
        points: &[],
        sources: &[Source {
            id: "nice-ng59",
            text: "NICE guideline NG59, Low back pain and sciatica in over 16s, 2016",
        }],
    },
];

/// A card's id and title: all that Today's link to it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Heading {
    pub id: &'static str,
    pub title: &'static str,
}

/// Every card's heading, in the order of `CARDS`, worked out from it when compiling. Today
/// picks from this table rather than from `CARDS`, so a first visit downloads the titles
/// and not every card's text (which comes with the Learn screen's chunk).
pub const HEADINGS: [Heading; CARDS.len()] = {
    let mut headings = [Heading { id: "", title: "" }; CARDS.len()];
    let mut i = 0;
    while i < CARDS.len() {
        headings[i] = Heading {
            id: CARDS[i].id,
            title: CARDS[i].title,
        };
        i += 1;
    }
    headings
};

impl Heading {
    /// The title, in words (`learn-<id>-title`, in `today-learn.ftl`: Today shows it).
    pub fn title_msg(&self) -> Msg {
        Msg::keyed(format!("learn-{}-title", self.id))
    }
}

/// The card with this id, if there is one.
pub fn card(id: &str) -> Option<&'static LearnCard> {
    CARDS.iter().find(|c| c.id == id)
}

/// The card for Today: rotates one card a day through CARDS, by day number (days since the
/// Unix epoch, may be negative -> use rem_euclid).
pub fn card_for_day(day: i64) -> &'static Heading {
    let len = HEADINGS.len() as i64;
    let index = day.rem_euclid(len) as usize;
    &HEADINGS[index]
}

/// The read after `id` in the list order, for a "Next read" link; the last one leads back
/// to the first.
pub fn next_read(id: &str) -> Option<&'static LearnCard> {
    let at = CARDS.iter().position(|c| c.id == id)?;
    Some(&CARDS[(at + 1) % CARDS.len()])
}

/// The exercise whose figure pictures a read: a calm image of the idea, never a diagnosis.
pub fn picture(id: &str) -> &'static str {
    match id {
        "why-movement" | "why-walking" => "walking",
        "hurt-vs-harm" => "cat-cow",
        "next-morning" => "trunk-rotation",
        "pacing" => "pelvic-tilt",
        "flare-up-plan" => "knee-to-chest",
        "see-a-professional" => "childs-pose",
        "low-impact-cardio" => "swimming",
        "core-strength" => "bird-dog",
        "stretch-gently" => "hamstring-strap",
        "stay-consistent" => "glute-bridge",
        "healthy-weight" => "cycling",
        _ => "sit-to-stand",
    }
}

/// The card for Today, for one person: in order from the plan's first day, so someone new
/// starts with why moving helps; during a flare, the flare-up plan. With no plan yet (day
/// `None`), the first card.
pub fn card_for_person(days_since_start: Option<i64>, flare: bool) -> &'static Heading {
    if flare {
        if let Some(card) = HEADINGS.iter().find(|c| c.id == "flare-up-plan") {
            return card;
        }
    }
    card_for_day(days_since_start.unwrap_or(0).max(0))
}

/// The read that explains the pain rule; it ends with the person's own bands.
pub const PAIN_RULE_CARD: &str = "hurt-vs-harm";

/// The pain rule with the person's own numbers, for the end of [`PAIN_RULE_CARD`]: their
/// usual pain and the same bands as `pain::bands_msg`, in one message.
pub fn your_bands(usual: super::pain::Usual) -> Msg {
    let (green, amber) = (usual.green_top(), usual.amber_top());
    if amber > green {
        m::learn_your_bands(usual.value(), green, amber)
    } else {
        m::learn_your_bands_no_amber(usual.value(), green)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const REQUIRED: [&str; 13] = [
        "why-movement",
        "hurt-vs-harm",
        "next-morning",
        "pacing",
        "why-walking",
        "flare-up-plan",
        "see-a-professional",
        "low-impact-cardio",
        "core-strength",
        "stretch-gently",
        "stay-consistent",
        "healthy-weight",
        "keep-active",
    ];

    fn sources_text(c: &LearnCard) -> String {
        c.sources
            .iter()
            .map(|s| s.text)
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn all_text(c: &LearnCard) -> String {
        let mut parts = vec![c.title, c.summary];
        parts.extend_from_slice(c.body);
        parts.extend_from_slice(c.points);
        parts.extend(c.sources.iter().map(|s| s.text));
        parts.join("\n")
    }

    #[test]
    fn ids_are_unique_and_url_safe() {
        let mut seen = HashSet::new();
        for c in CARDS {
            assert!(seen.insert(c.id), "duplicate id {}", c.id);
            assert!(!c.id.is_empty());
            assert!(
                c.id.chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'),
                "id not url-safe: {}",
                c.id
            );
            assert!(!c.id.starts_with('-') && !c.id.ends_with('-'), "{}", c.id);
        }
    }

    #[test]
    fn required_ids_present_in_order() {
        let positions: Vec<usize> = REQUIRED
            .iter()
            .map(|id| {
                CARDS
                    .iter()
                    .position(|c| c.id == *id)
                    .unwrap_or_else(|| panic!("missing card {id}"))
            })
            .collect();
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "required cards out of order: {positions:?}"
        );
    }

    #[test]
    fn titles_and_summaries_fit() {
        for c in CARDS {
            assert!(!c.title.is_empty(), "{}", c.id);
            assert!(c.title.chars().count() <= 40, "title too long: {}", c.id);
            let n = c.summary.chars().count();
            assert!(n > 0 && n <= 140, "summary length {n}: {}", c.id);
            assert!(
                c.summary.ends_with('.') || c.summary.ends_with('?'),
                "summary must end with . or ?: {}",
                c.id
            );
        }
    }

    #[test]
    fn bodies_are_short_paragraphs() {
        for c in CARDS {
            assert!(
                (2..=4).contains(&c.body.len()),
                "{} has {} paragraphs",
                c.id,
                c.body.len()
            );
            for p in c.body {
                assert!(!p.trim().is_empty(), "empty paragraph in {}", c.id);
                let n = p.chars().count();
                assert!(n <= 320, "paragraph of {n} chars in {}: {p}", c.id);
                assert!(!p.contains("  "), "double space in {}: {p}", c.id);
            }
            for p in c.points {
                assert!(!p.trim().is_empty(), "empty point in {}", c.id);
                assert!(p.chars().count() <= 140, "long point in {}: {p}", c.id);
                assert!(!p.contains("  "), "double space in {}: {p}", c.id);
            }
        }
    }

    #[test]
    fn text_is_plain_ascii_without_dashes_for_punctuation() {
        for c in CARDS {
            let text = all_text(c);
            assert!(text.is_ascii(), "non-ASCII text in {}", c.id);
            assert!(!text.contains("--"), "double hyphen in {}", c.id);
            assert!(
                !text.contains(" - "),
                "dash used as punctuation in {}",
                c.id
            );
        }
    }

    #[test]
    fn red_flags_are_all_covered() {
        let c = card("see-a-professional").expect("card exists");
        assert!(c.shows_warning_signs());
        let points = crate::domain::safety::Tier::ALL
            .iter()
            .flat_map(|t| t.sign_msgs())
            .map(|m| crate::domain::i18n::english_text(&m))
            .collect::<Vec<_>>()
            .join("\n")
            .to_lowercase();
        let groups: [&[&str]; 10] = [
            &["saddle", "genitals, bottom"],
            &["bladder", "urine"],
            &["bowel"],
            &["sexual"],
            &["fever"],
            &["fall"],
            &["cancer"],
            &["night"],
            &["both legs"],
            &["weak"],
        ];
        for words in groups {
            assert!(
                words.iter().any(|w| points.contains(w)),
                "red flags miss {words:?}"
            );
        }
        assert!(points.contains("weight loss"));
        let body = c.body.join(" ").to_lowercase();
        assert!(body.contains("2 weeks"));
        assert!(body.contains("worse"));
        assert!(body.contains("emergency") && body.contains("a day or two"));
    }

    #[test]
    fn hurt_vs_harm_states_the_traffic_light_rule() {
        let c = card("hurt-vs-harm").expect("card exists");
        let text = all_text(c);
        for n in ["3", "4", "5"] {
            assert!(text.contains(n), "hurt-vs-harm does not mention {n}");
        }
        let lower = text.to_lowercase();
        assert!(lower.contains("leg"));
        assert!(lower.contains("next morning"));
        assert!(lower.contains("easier version"));
    }

    #[test]
    fn sources_are_short_single_lines() {
        for c in CARDS {
            for s in c.sources.iter().map(|s| s.text) {
                assert!(!s.trim().is_empty(), "empty source in {}", c.id);
                assert!(s.chars().count() <= 140, "long source in {}: {s}", c.id);
                assert!(!s.contains("  ") && !s.ends_with('.'), "{}: {s}", c.id);
            }
        }
    }

    #[test]
    fn hurt_vs_harm_bands_match_the_pain_scale() {
        use crate::domain::pain::{PainLight, PainScore, Usual};
        let c = card("hurt-vs-harm").expect("card exists");
        for (light, name) in [
            (PainLight::Green, "Green"),
            (PainLight::Amber, "Amber"),
            (PainLight::Red, "Red"),
        ] {
            let band: Vec<u8> = (0..=PainScore::MAX)
                .filter(|&n| crate::domain::pain::during(n, Usual::new(0), false) == light)
                .collect();
            let (lo, hi) = (band[0], band[band.len() - 1]);
            let range = if hi == PainScore::MAX {
                format!("{lo}/10 or more")
            } else {
                format!("{lo} to {hi}/10")
            };
            let point = c
                .points
                .iter()
                .find(|p| p.starts_with(name))
                .unwrap_or_else(|| panic!("no {name} point"));
            assert!(point.contains(&range), "{name} point should say {range}");
        }
        let lower = all_text(c).to_lowercase();
        assert!(lower.contains("stop that exercise"));
        assert!(lower.contains("doctor or physio"));
    }

    #[test]
    fn the_three_core_reads_exist_and_name_their_sources() {
        for id in ["hurt-vs-harm", "next-morning"] {
            let c = card(id).expect("card exists");
            let sources = sources_text(c);
            assert!(sources.contains("Silbernagel"), "{id}");
            assert!(sources.contains("2007"), "{id}");
            assert!(all_text(c).to_lowercase().contains("next morning"), "{id}");
        }
        let morning = all_text(card("next-morning").unwrap()).to_lowercase();
        for word in ["better", "about the same", "worse", "steps back", "build"] {
            assert!(morning.contains(word), "next-morning misses {word}");
        }

        let walking = card("why-walking").expect("card exists");
        let sources = sources_text(walking);
        for word in ["WalkBack", "Lancet", "2024", "WHO", "2020"] {
            assert!(sources.contains(word), "why-walking sources miss {word}");
        }
        let text = all_text(walking);
        for fact in [
            "701",
            "0.72",
            "208",
            "112",
            "80%",
            "10%",
            "30 minutes",
            "150 minutes",
        ] {
            assert!(text.contains(fact), "why-walking misses {fact}");
        }
        assert_eq!(picture("why-walking"), "walking");
        assert_eq!(CARDS[0].id, "why-movement");
    }

    #[test]
    fn keep_active_names_what_guidelines_do_not_recommend() {
        let text = all_text(card("keep-active").expect("card exists")).to_lowercase();
        for word in ["nice", "belt", "traction", "tens"] {
            assert!(text.contains(word), "keep-active misses {word}");
        }
    }

    #[test]
    fn every_read_has_a_picture_and_a_next_read() {
        for c in CARDS {
            assert!(
                crate::domain::library::exercise(picture(c.id)).is_some(),
                "{}",
                c.id
            );
            assert_ne!(next_read(c.id).unwrap().id, c.id);
        }
        assert_eq!(next_read(CARDS[0].id).unwrap().id, CARDS[1].id);
        assert_eq!(
            next_read(CARDS[CARDS.len() - 1].id).unwrap().id,
            CARDS[0].id
        );
        assert!(next_read("no-such-read").is_none());
        let pictures: HashSet<&str> = CARDS.iter().map(|c| picture(c.id)).collect();
        assert!(
            pictures.len() >= CARDS.len() - 2,
            "mostly different pictures"
        );
    }

    #[test]
    fn a_new_person_starts_with_why_moving_helps_and_a_flare_gets_its_plan() {
        assert_eq!(card_for_person(None, false).id, "why-movement");
        assert_eq!(card_for_person(Some(0), false).id, "why-movement");
        assert_eq!(card_for_person(Some(1), false).id, CARDS[1].id);
        assert_eq!(card_for_person(Some(-3), false).id, "why-movement");
        assert_eq!(card_for_person(Some(4), true).id, "flare-up-plan");
    }

    #[test]
    fn headings_are_the_cards_own() {
        assert_eq!(HEADINGS.len(), CARDS.len());
        for (heading, card) in HEADINGS.iter().zip(CARDS) {
            assert_eq!((heading.id, heading.title), (card.id, card.title));
        }
    }

    #[test]
    fn card_for_day_cycles_through_every_card() {
        let len = CARDS.len() as i64;
        for start in [0, 1, -1, -len, -1_000_003, 19_700, i64::MIN, i64::MAX - len] {
            let ids: HashSet<&str> = (0..len).map(|i| card_for_day(start + i).id).collect();
            assert_eq!(ids.len(), CARDS.len(), "start {start}");
        }
        assert_eq!(card_for_day(0).id, CARDS[0].id);
        assert_eq!(card_for_day(len).id, CARDS[0].id);
        assert_eq!(card_for_day(-1).id, CARDS[CARDS.len() - 1].id);
        assert_eq!(card_for_day(-len).id, CARDS[0].id);
        for day in -50..50 {
            assert_eq!(card_for_day(day + 1).id, {
                let next = (day + 1).rem_euclid(len) as usize;
                CARDS[next].id
            });
            assert_ne!(card_for_day(day).id, card_for_day(day + 1).id);
        }
    }

    /// Every read's keyed messages are in English, word for word its old text, and one
    /// more of each is in no catalog (the counts are the table's).
    #[test]
    fn every_read_is_messages_with_the_same_english() {
        use crate::domain::i18n::english_text;
        let said = |c: &LearnCard, m: &Msg| {
            let text = english_text(m);
            assert!(!text.starts_with('{'), "{} lacks {}", c.id, m.id);
            text
        };
        for c in CARDS {
            assert_eq!(said(c, &c.title_msg()), c.title, "{}", c.id);
            assert_eq!(said(c, &c.summary_msg()), c.summary, "{}", c.id);
            let body: Vec<String> = c.body_msgs().iter().map(|m| said(c, m)).collect();
            assert_eq!(body, c.body, "{}", c.id);
            let points: Vec<String> = c.point_msgs().iter().map(|m| said(c, m)).collect();
            assert_eq!(points, c.points, "{}", c.id);
            let sources: Vec<String> = c.source_msgs().iter().map(|m| said(c, m)).collect();
            let old: Vec<&str> = c.sources.iter().map(|s| s.text).collect();
            assert_eq!(sources, old, "{}", c.id);
            for (part, count) in [("p", c.body.len()), ("point", c.points.len())] {
                let next = Msg::keyed(format!("learn-{}-{part}-{}", c.id, count + 1));
                assert!(
                    english_text(&next).starts_with('{'),
                    "{}: {}",
                    c.id,
                    next.id
                );
            }
        }
        for h in HEADINGS {
            assert_eq!(english_text(&h.title_msg()), h.title, "{}", h.id);
        }
    }

    #[test]
    fn your_bands_is_the_usual_pain_and_the_bands_in_one_message() {
        use crate::domain::i18n::english_text;
        use crate::domain::pain::{bands_msg, Usual};
        for value in 0..=10 {
            let usual = Usual::new(value);
            assert_eq!(
                english_text(&your_bands(usual)),
                format!(
                    "Your usual pain is about {value}, from your recent answers. {}",
                    english_text(&bands_msg(usual))
                ),
                "usual {value}"
            );
        }
    }

    #[test]
    fn card_finds_each_id() {
        for c in CARDS {
            assert_eq!(card(c.id), Some(c));
        }
        for id in REQUIRED {
            assert!(card(id).is_some(), "{id}");
        }
        assert_eq!(card("no-such-card"), None);
        assert_eq!(card(""), None);
        assert_eq!(card("Why-Movement"), None);
    }
}
