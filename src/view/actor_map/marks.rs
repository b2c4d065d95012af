//! The actor map's marks: actors as shaped nodes with their names, and
//! relations as curves with arrows and labels, drawn as SVG.

use crate::view::class_names;
use yew::prelude::*;

use crate::i18n::relation_sentence;
use crate::layout::{PlacedActor, PlacedRelation};
use crate::model::{Actor, ActorKind, ItemRef, Relation, Stance, Story};
use crate::state::{Changes, Highlight, SearchLight, Selection};
use crate::view::px;

/// What is lit and what is selected, for drawing nodes and edges.
pub struct Lit<'a> {
    /// What the selection lights up, if anything is selected.
    pub highlight: Option<&'a Highlight>,
    /// The reader's selection, if any.
    pub selection: Option<&'a Selection>,
    /// What is new to this reader.
    pub changes: &'a Changes,
    /// What the reader's search matches, while a query stands.
    pub search: &'a SearchLight,
}

/// The class that gives an actor its kind's colour.
fn kind_class(kind: ActorKind) -> String {
    format!("dl-actor--{}", kind.label())
}

/// The class that gives a relation its stance's colour and line style.
fn stance_class(stance: Stance) -> &'static str {
    match stance {
        Stance::Cooperative => "dl-relation--cooperative",
        Stance::Hostile => "dl-relation--hostile",
        Stance::Neutral => "dl-relation--neutral",
    }
}

/// The shape for an actor kind, centred on the origin, at `radius`.
pub fn view_shape(kind: ActorKind, radius: f64) -> Html {
    let r = radius;
    match kind {
        ActorKind::State => html! { <circle class="dl-actor__shape" r={px(r)} /> },
        ActorKind::Organisation => {
            html! { <rect class="dl-actor__shape" x={px(-r * 0.9)} y={px(-r * 0.9)} width={px(r * 1.8)} height={px(r * 1.8)} rx="3" /> }
        }
        ActorKind::Group => {
            // The corners at 30°, 90°, … 330° (cosines and sines written out,
            // so the module needs no trigonometry).
            const HALF_ROOT_3: f64 = 0.866_025_403_784_438_6;
            const CORNERS: [(f64, f64); 6] = [
                (HALF_ROOT_3, 0.5),
                (0.0, 1.0),
                (-HALF_ROOT_3, 0.5),
                (-HALF_ROOT_3, -0.5),
                (0.0, -1.0),
                (HALF_ROOT_3, -0.5),
            ];
            let points = CORNERS
                .iter()
                .map(|&(x, y)| format!("{},{}", px(r * x), px(r * y)));
            html! { <polygon class="dl-actor__shape" points={points.collect::<Vec<_>>().join(" ")} /> }
        }
        ActorKind::Place => {
            html! { <polygon class="dl-actor__shape" points={format!("0,{} {},{} {},{}", px(-r), px(r * 0.95), px(r * 0.7), px(-r * 0.95), px(r * 0.7))} /> }
        }
        ActorKind::Person => html! {
            <>
                <circle class="dl-actor__shape" r={px(r)} />
                <circle class="dl-actor__icon" cy={px(-r * 0.25)} r={px(r * 0.3)} />
                <path class="dl-actor__icon" d={format!("M {} {} a {} {} 0 0 1 {} 0", px(-r * 0.55), px(r * 0.55), px(r * 0.55), px(r * 0.45), px(r * 1.1))} />
            </>
        },
    }
}

/// One actor: its shape, its name, and a button for keyboard and screen readers.
pub fn view_actor(
    actor: &Actor,
    placed: &PlacedActor,
    lit: &Lit,
    tab_stop: bool,
    select: &Callback<usize>,
) -> Html {
    let index = placed.index;
    let onclick = select.reform(move |_: MouseEvent| index);
    let selected = lit.selection == Some(&Selection::Actor(actor.id.clone()));
    let new = lit.changes.is_new(&ItemRef::Actor(actor.id.clone()));
    let matched = lit.search.actor(&actor.id);
    let lit = lit
        .highlight
        .is_some_and(|highlight| highlight.actors.contains(&actor.id));
    let class = class_names!(
        "dl-actor",
        kind_class(actor.kind),
        lit.then_some("dl-actor--lit"),
        selected.then_some("dl-actor--selected"),
        new.then_some("dl-actor--new"),
        matched.then_some("dl-match")
    );
    let name = actor.display_name().to_owned();
    let (label_x, label_y, label_text) = match &placed.label {
        Some(label) => (
            label.x + label.width / 2.0 - placed.x,
            // The baseline a quarter up the box: room below for the
            // descent of taller scripts (a box of 16 px keeps 4 px).
            label.y + label.height * 0.75 - placed.y,
            label.text.clone(),
        ),
        None => (0.0, placed.radius + 14.0, name),
    };
    let accessible = crate::i18n::locale().actor_name(actor, new);
    html! {
        <g key={actor.id.to_string()} {class} transform={format!("translate({} {})", px(placed.x), px(placed.y))}
            data-actor-id={actor.id.to_string()} data-actor-index={index.to_string()} data-dateline-new={new.then_some("")} role="button"
            tabindex={if tab_stop { "0" } else { "-1" }} aria-pressed={selected.to_string()} aria-label={accessible} {onclick}>
            <circle class="dl-hit" r={px((placed.radius + 5.0).max(12.0))} />
            { view_shape(actor.kind, placed.radius) }
            <text class="dl-actor__label" x={px(label_x)} y={px(label_y)} text-anchor="middle" aria-hidden="true">{ label_text }</text>
            if new {
                // A space between the name and "New", so they read as two words.
                { " " }
                <text class="dl-new-badge dl-actor__new" y={px(-placed.radius - 5.0)} text-anchor="middle" aria-hidden="true">{ crate::i18n::text("badge.new") }</text>
            }
        </g>
    }
}

/// One relation: a curve (with a wider invisible band to hit), an arrow when
/// directed, and its label.
pub fn view_relation(
    story: &Story,
    relation: &Relation,
    placed: &PlacedRelation,
    lit: &Lit,
    select: &Callback<usize>,
) -> Html {
    let index = placed.index;
    let onclick = select.reform(move |_: MouseEvent| index);
    let new = lit.changes.is_new(&ItemRef::Relation(relation.id.clone()));
    let class = class_names!(
        "dl-relation",
        new.then_some("dl-relation--new"),
        stance_class(relation.stance),
        lit.highlight
            .is_some_and(|highlight| highlight.relations.contains(&relation.id))
            .then_some("dl-relation--lit"),
        (lit.selection == Some(&Selection::Relation(relation.id.clone())))
            .then_some("dl-relation--selected")
    );
    let path = format!(
        "M {} {} Q {} {} {} {}",
        px(placed.start.0),
        px(placed.start.1),
        px(placed.control.0),
        px(placed.control.1),
        px(placed.end.0),
        px(placed.end.1)
    );
    html! {
        <g key={relation.id.to_string()} {class} data-relation-id={relation.id.to_string()} data-dateline-new={new.then_some("")} role="img" aria-label={relation_sentence(story, relation)} {onclick}>
            <path class="dl-relation__hit" d={path.clone()} />
            <path class="dl-relation__line" d={path} />
            if let Some(arrow) = placed.arrow {
                <polygon class="dl-relation__arrow" points={arrow.iter().map(|(x, y)| format!("{},{}", px(*x), px(*y))).collect::<Vec<_>>().join(" ")} />
            }
            <text class="dl-relation__label" x={px(placed.middle.0)} y={px(placed.middle.1 - 6.0)} text-anchor="middle" aria-hidden="true">{ relation.label.clone() }</text>
        </g>
    }
}
