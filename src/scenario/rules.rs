//! The game as data: policies, events, typed effects, fog of war and scoring, as written in a
//! scenario file. Ids are strings in the file and become typed indices
//! (the simulation's policy and event indices) after validation.

use serde::{Deserialize, Serialize};

use super::StartDate;
use crate::vocab::{Quantity, Side};

/// A quantity named by its dotted path in a scenario (`"china.chips.blocked_share"`).
/// An unknown path is a load error that names the closest real paths.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct QuantityPath(pub Quantity);

impl TryFrom<String> for QuantityPath {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Quantity::from_path(&s)
            .map(QuantityPath)
            .map_err(|e| e.to_string())
    }
}

impl From<QuantityPath> for String {
    fn from(q: QuantityPath) -> String {
        q.0.path()
    }
}

/// How an effect changes its quantity.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Op {
    /// Add this amount (in the quantity's unit).
    Add(f64),
    /// Multiply by this factor.
    Multiply(f64),
    /// Move a share `rate` (0–1) of the way toward `target`.
    MoveToward {
        /// Where the quantity is pulled.
        target: f64,
        /// Share of the distance covered each time the effect applies.
        rate: f64,
    },
}

/// How long an effect lasts and how often it applies.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Duration {
    /// Applied once when it starts, and undone when the policy leaves force (a level or
    /// modifier). The default for policies. In an event it means "for good".
    #[default]
    Held,
    /// Applied once when it starts, undone after this many turns.
    HeldFor(u32),
    /// Applied every turn while the policy is in force; nothing is undone.
    EachTurn,
    /// Applied every turn for this many turns; nothing is undone.
    Turns(u32),
    /// Applied once; nothing is undone.
    Once,
}

/// One typed effect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EffectDef {
    /// The quantity changed (a state quantity, not one recomputed each turn).
    pub quantity: QuantityPath,
    /// How.
    pub op: Op,
    /// Turns to wait after the policy is enacted (or the event fires) before it starts.
    #[serde(default)]
    pub delay: u32,
    /// How long, and how often.
    #[serde(default)]
    pub duration: Duration,
}

/// Who may enact a policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PolicySide {
    /// Only the United States.
    Us,
    /// Only China.
    China,
    /// Either side enacts its own half; the effects apply only while both keep it in force.
    Shared,
}

impl DoctrineDef {
    /// The option this doctrine picks for an event (its `answers`, else the first).
    pub fn answer(&self, event: &str) -> u8 {
        self.answers
            .iter()
            .find(|(e, _)| e == event)
            .map_or(0, |(_, k)| *k)
    }
}

impl PolicySide {
    /// Whether `side` may enact it.
    pub fn allows(self, side: Side) -> bool {
        match self {
            PolicySide::Us => side == Side::Us,
            PolicySide::China => side == Side::China,
            PolicySide::Shared => true,
        }
    }

    /// The owner as an English adjective, for the command line's messages ("a US policy").
    pub(crate) fn adjective(self) -> &'static str {
        match self {
            PolicySide::Us => "US",
            PolicySide::China => "Chinese",
            PolicySide::Shared => "shared",
        }
    }
}

/// What kind of policy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum PolicyKind {
    /// On or off; `effects` hold while it is on.
    Toggle,
    /// A standing policy with levels (0 is the first); each level has its own effects. A
    /// level policy is always at some level.
    Levels {
        /// Level at the start of the game.
        start: u8,
        /// The levels, lowest first.
        levels: Vec<LevelDef>,
    },
    /// A one-off undertaking that completes after `turns`; `effects` start on completion
    /// (plus any `delay`) and cannot be repealed.
    Project {
        /// Turns to complete.
        turns: u32,
    },
}

/// One level of a level policy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelDef {
    /// Name of the level ("Ban top chips").
    pub name: String,
    /// Effects while at this level.
    #[serde(default)]
    pub effects: Vec<EffectDef>,
}

/// What a policy costs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cost {
    /// Political capital to enact it or change its level (repeal costs the bloc's
    /// `politics.repeal_cost_share` of this).
    #[serde(default)]
    pub capital: f64,
    /// $B a quarter taken from state funding while in force (for a project: while being built).
    #[serde(default)]
    pub money: f64,
}

/// A policy a player can choose.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyDef {
    /// Unique id, snake_case (`us_export_controls`).
    pub id: String,
    /// Name for people.
    pub name: String,
    /// Who may enact it.
    pub side: PolicySide,
    /// Group shown in the window (`chips`, `energy`, `talent`, `safety`, `diplomacy`, …).
    pub category: String,
    /// Toggle, levels or project.
    pub kind: PolicyKind,
    /// What it costs.
    #[serde(default)]
    pub cost: Cost,
    /// Policies that must be in force first (ids).
    #[serde(default)]
    pub requires: Vec<String>,
    /// Policies that cannot be in force at the same time (ids).
    #[serde(default)]
    pub excludes: Vec<String>,
    /// Effects of a toggle or project (level policies put theirs in each level).
    #[serde(default)]
    pub effects: Vec<EffectDef>,
    /// A toggle in force when the game starts.
    #[serde(default)]
    pub start_active: bool,
    /// Fixed by the scenario: it stays as the game starts (a level policy at its start level,
    /// a toggle as `start_active` says) and nobody can change it. Experiments hold a policy
    /// this way (`experiment --hold`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub fixed: bool,
    /// One paragraph: what it does and why.
    pub description: String,
    /// Where it comes from in the article (`article F17`).
    pub source: String,
    /// A question for class discussion.
    pub prompt: String,
    /// How much the simple rule-based doctrine wants it (0 = never picks it on its own).
    #[serde(default)]
    pub ai_priority: f64,
    /// What the description promises, including consequences further down the causal chain
    /// (e.g. export controls → China's effective compute falls). Shown to players as "what to
    /// expect" and checked by the test suite against the model. For a level policy, what
    /// raising it by one level does.
    #[serde(default)]
    pub expects: Vec<Expectation>,
}

/// A promised consequence of a policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Expectation {
    /// The quantity ends up higher than without the policy.
    Rises(QuantityPath),
    /// The quantity ends up lower than without the policy.
    Falls(QuantityPath),
}

/// A condition on the state, for event triggers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    /// The quantity is above the value.
    Above(QuantityPath, f64),
    /// The quantity is below the value.
    Below(QuantityPath, f64),
    /// The policy is in force (a toggle on, a project built, a level policy above level 0)
    /// for the side that holds it; a shared policy, for either side.
    InForce(String),
    /// The policy is not in force for anyone.
    NotInForce(String),
    /// The level policy is at this level or higher.
    AtLeastLevel(String, u8),
}

impl Condition {
    /// The policy id a condition names, if it names one.
    pub fn policy(&self) -> Option<&str> {
        match self {
            Condition::InForce(id) | Condition::NotInForce(id) | Condition::AtLeastLevel(id, _) => {
                Some(id)
            }
            Condition::Above(..) | Condition::Below(..) => None,
        }
    }
}

/// A policy order an event's option gives, on behalf of the side that answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChoiceOrder {
    /// Enact a toggle or start a project.
    Enact(String),
    /// Repeal a toggle.
    Repeal(String),
    /// Set a level policy to a level.
    SetLevel(String, u8),
}

impl ChoiceOrder {
    /// The policy it concerns.
    pub fn policy(&self) -> &str {
        match self {
            ChoiceOrder::Enact(id) | ChoiceOrder::Repeal(id) | ChoiceOrder::SetLevel(id, _) => id,
        }
    }
}

/// A window of quarters (both ends included).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateWindow {
    /// First quarter the event can fire.
    pub from: StartDate,
    /// Last quarter the event can fire.
    pub to: StartDate,
}

/// Who an event concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventSide {
    /// The United States (chooses, if there are choices).
    Us,
    /// China (chooses, if there are choices).
    China,
    /// Both blocs, or the world; cannot have choices.
    World,
}

impl EventSide {
    /// The side that chooses, if any.
    pub fn side(self) -> Option<Side> {
        match self {
            EventSide::Us => Some(Side::Us),
            EventSide::China => Some(Side::China),
            EventSide::World => None,
        }
    }
}

/// One option of a choice event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceDef {
    /// Short label on the button.
    pub label: String,
    /// What choosing it does.
    #[serde(default)]
    pub effects: Vec<EffectDef>,
    /// Policy orders it gives for the side that answers, checked like that side's own orders
    /// (it may hold the policy, prerequisites met, nothing excluding it, the cost paid). An
    /// option whose orders cannot be given cannot be chosen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub orders: Vec<ChoiceOrder>,
}

/// An event in the deck.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventDef {
    /// Unique id, snake_case.
    pub id: String,
    /// Headline.
    pub name: String,
    /// Who it concerns (and who chooses).
    pub side: EventSide,
    /// A quarter in which the event happens for certain, without a draw: history that had
    /// happened by the article's date. A scheduled event has no window, conditions, chance or
    /// recurrence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<StartDate>,
    /// Quarters in which it can fire; any quarter if absent.
    #[serde(default)]
    pub window: Option<DateWindow>,
    /// All must hold at the end of a turn for it to be drawn.
    #[serde(default)]
    pub when: Vec<Condition>,
    /// Chance per turn when its conditions hold, 0–1 (leave it out for a scheduled event).
    #[serde(default)]
    pub chance: f64,
    /// Can fire again after it has fired.
    #[serde(default)]
    pub recurring: bool,
    /// Effects whatever is chosen.
    #[serde(default)]
    pub effects: Vec<EffectDef>,
    /// Two or three options for the side concerned; the first is the default.
    #[serde(default)]
    pub choices: Vec<ChoiceDef>,
    /// One paragraph for the news.
    pub description: String,
    /// Where it comes from in the article.
    pub source: String,
    /// A question for class discussion.
    pub prompt: String,
}

/// An adoption target: a share of firms using AI in production by a date.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdoptionTarget {
    /// The quarter by which it should be reached.
    pub by: StartDate,
    /// The share, %.
    pub share: f64,
}

/// Weights of the score axes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreWeights {
    /// Months of lead gained.
    pub lead: f64,
    /// World AI market share gained since the start.
    pub market: f64,
    /// Adoption against targets.
    pub adoption: f64,
    /// Economy: growth of AI money.
    pub economy: f64,
    /// Stability: low risk and tension (the same for both sides).
    pub stability: f64,
}

/// How a game is scored and when it ends early.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreParams {
    /// Weights of the axes.
    pub weights: ScoreWeights,
    /// Months of lead gained over par (or more) that earn the full lead score; the same months
    /// lost earn none, ending at par earns half.
    pub lead_cap_months: f64,
    /// The US lead in months that counts as even at the end ("par"); without it, the lead at
    /// the start. A balance lever: the side that beats par gains.
    #[serde(default)]
    pub lead_par_months: Option<f64>,
    /// Growth of total AI money (end ÷ start, policy spending counted in) that earns the full
    /// economy score.
    pub economy_full_growth: f64,
    /// Points of world market share gained (lost) that earn the full (no) market score; no
    /// change earns half. Measured against each side's own start, so the side that starts
    /// behind is not scored down for it.
    pub market_swing: f64,
    /// Totals closer than this are a draw.
    pub draw_margin: f64,
    /// US adoption targets (none: the final share counts).
    #[serde(default)]
    pub us_targets: Vec<AdoptionTarget>,
    /// China's adoption targets (AI Plus).
    #[serde(default)]
    pub china_targets: Vec<AdoptionTarget>,
    /// A lead (months) that ends the game at once as a decisive breakthrough.
    #[serde(default)]
    pub breakthrough_months: Option<f64>,
    /// Source of the scoring rules.
    pub source: String,
}

/// Fog of war: how well each side sees the other.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FogParams {
    /// Log-scale standard deviation of estimates at intelligence 0 (0.5 ≈ ±82% for a 90% band).
    pub sigma_blind: f64,
    /// Log-scale standard deviation at intelligence 1.
    pub sigma_clear: f64,
    /// How much of an estimate's error is still there a quarter later (0: drawn afresh each
    /// quarter; 0.9: half of it gone after 6.6 quarters). Scenarios written before it read 0.9.
    #[serde(default = "default_persistence")]
    pub persistence: f64,
    /// Source of the numbers.
    pub source: String,
}

fn default_persistence() -> f64 {
    0.9
}

/// A named strategy for a computer player: what it values and which policies it reaches for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DoctrineDef {
    /// Unique id, snake_case (`us_chokepoint`).
    pub id: String,
    /// The side that plays it (`us` or `china`).
    pub side: PolicySide,
    /// Name for people.
    pub name: String,
    /// One paragraph: the idea.
    pub description: String,
    /// How much it values each score axis when it looks ahead.
    pub weights: ScoreWeights,
    /// Policies it reaches for, with how much (policy id, weight 0–10).
    pub prefer: Vec<(String, f64)>,
    /// The budget split it keeps (chips, grid, research), as relative weights.
    pub budget: (f64, f64, f64),
    /// How it answers events' choices: (event id, option, 0-based). A choice not listed is
    /// answered with its first option. The `easy` level answers by this table; lookahead starts
    /// from it, answers its own later choices by it in the rollouts and assumes the rival
    /// answers by its own doctrine's table.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<(String, u8)>,
    /// Where the idea comes from.
    pub source: String,
}
