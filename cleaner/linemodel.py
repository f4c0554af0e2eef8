"""A site-agnostic model of boilerplate lines: features that carry across sites and languages.

Rules name the noise they know; whole-page text from a site nobody wrote rules for still
holds its menus, link lists, captions and prompts. This model scores each line of a text
as article text (near 1) or furniture (near 0) from its shape and its neighbours':

- the line: length, words, share of stop words (of the page's language: English, German,
  French, Spanish, Portuguese, Italian, Dutch; Chinese and Japanese by their particles), a
  sentence end, capitalised words, digits, signs, link- and handle-like tokens, separators, the
  share of words of a site's interface (ad, cookie, subscribe, share, comment, app: `INTERFACE_WORDS`),
  the share of its longer words that its article's title (its first line) holds;
- its place: position on the page, distance to the nearest prose line, whether the same
  line appears elsewhere on the page;
- its neighbours: their lengths, whether they are prose, the share of short lines around it
  (menus and link lists are runs of short lines).

A model is logistic regression over standardised features, stored as readable JSON (feature
names, means, scales, weights, bias; see `LineModel`), trained by tools/train_line_model.py on
the dev sets' truth and shipped with its rule file, rules/optional/line-model.yaml (not loaded
unless asked for: `cleaner clean --line-model`). Scoring is deterministic: the same
lines and model give the same scores on every run.

>>> model = LineModel(("sentence_end",), (0.5,), (0.5,), (4.0,), 0.0)
>>> [round(p, 3) for p in model.score(["Home | News", "The council voted on Tuesday."])]
[0.018, 0.982]
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """
        the a an and or but of to in on at for with by from as is are was were be been it its this that
        these those he she they we you i his her their our your not no have has had will would can could
        said says which who what when where how than then there also after before about into over more most
        """.split()  # noqa: SIM905 (a list of words reads better as words)
    ),
    "de": frozenset(
        """
        der die das den dem des ein eine einen einem und oder aber zu im in am an auf für mit von vom als
        ist sind war waren nicht es er sie wir ihr ich sich auch wie dass bei nach aus noch nur wird werden
        """.split()  # noqa: SIM905 (a list of words reads better as words)
    ),
    "fr": frozenset(
        """
        le la les un une des du de et ou mais à au aux en dans sur pour par avec est sont était il elle ils
        nous vous je ne pas qui que se ce cette ces son sa ses leur plus comme
        """.split()  # noqa: SIM905 (a list of words reads better as words)
    ),
    "es": frozenset(
        """
        el la los las un una unos unas y o pero de del a al en con por para es son era fue que se no su sus
        lo como más este esta estos le les
        """.split()  # noqa: SIM905 (a list of words reads better as words)
    ),
    "pt": frozenset(
        """
        o a os as um uma e ou mas de do da dos das em no na nos nas com por para é são foi que se não seu
        sua como mais
        """.split()  # noqa: SIM905 (a list of words reads better as words)
    ),
    "it": frozenset(
        """
        il lo la i gli le un una e o ma di del della dei in nel nella con per è sono era che si non suo sua
        come più anche
        """.split()  # noqa: SIM905 (a list of words reads better as words)
    ),
    "nl": frozenset(
        """
        de het een en of maar van in op aan met voor door is zijn was waren niet dat die er hij zij wij ook
        als bij naar
        """.split()  # noqa: SIM905 (a list of words reads better as words)
    ),
}
#: Particles and function characters of Chinese and Japanese (text written without spaces).
CJK_STOP = frozenset(
    "的是了在和有我他这也就都而及与着或你她它中为上对到说要会能のはをにがでとたてもなだしいからまでやか"
)
WORD = regex.compile(r"\w+")
UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
SENTENCE_END = regex.compile(r"[.!?。！？…][\"'”’)\]]*\s*$")
LINK_LIKE = regex.compile(r"https?://|www\.|\.[a-z]{2,4}/|@\w|\w@\w")
SEPARATOR = regex.compile(r"[|•›»·/\\>–—]")
WINDOW = 4
#: Lines this long that end like a sentence are article text, not scored (the model's time goes to
#: the short lines, where furniture is).
LONG_PROSE = 200
#: A page's language is told from its first this many characters.
LANGUAGE_SAMPLE = 2000
DIGIT = regex.compile(r"\d")
SIGN = regex.compile(r"[^\w\s]")

#: Words of a site's interface, not of a story: ads and sponsors, cookies and consent, sign-up,
#: subscription and account prompts, sharing, comments, apps and alerts, reading and navigation
#: prompts; in English, German, French and Spanish. A cue, not a phrase list: a story uses these
#: words too ("declined to comment"), so the model weighs their share with the line's shape.
INTERFACE_WORDS = frozenset(
    """
    ad ads advert advertisement advertisements advertising advertiser advertisers sponsor sponsored sponsors
    partner partners promoted promotion cookie cookies consent privacy preferences settings personalise
    personalize personalised personalized tracking newsletter newsletters subscribe subscribed subscriber
    subscribers subscription unsubscribe inbox email e-mail signup sign login log register registration
    account premium member members membership paywall trial unlock unlimited access offer share shares
    shared sharing tweet facebook twitter whatsapp linkedin pinterest reddit telegram instagram youtube
    tiktok follow print copy link comment comments commenting reply replies discussion conversation
    community guidelines app apps download install notification notifications alerts alert push ios android
    click tap scroll continue continues reading read more below above swipe watch video videos listen
    podcast gallery photos slideshow related recommended trending popular stories feedback report
    anzeige anzeigen werbung weiterlesen teilen kommentar kommentare kommentieren abonnieren abo anmelden
    registrieren datenschutz einwilligung herunterladen folgen mehr lesen
    publicité pub sponsorisé partenaire partager commentaires commenter abonnez abonnement inscrivez
    connexion lire suite consentement confidentialité télécharger application suivez
    publicidad anuncio patrocinado compartir comentarios comentar suscríbete suscripción boletín
    regístrate iniciar sesión leer seguir leyendo privacidad descarga aplicación síguenos
    """.split()  # noqa: SIM905 (a list of words reads better as words)
)

FEATURES = (
    "chars",
    "words",
    "stop_share",
    "sentence_end",
    "capitalised",
    "digits",
    "signs",
    "link_like",
    "separators",
    "prose",
    "numeric",
    "position",
    "edge",
    "prose_distance",
    "repeated",
    "prev_chars",
    "next_chars",
    "prev_prose",
    "next_prose",
    "window_prose",
    "window_short",
    "interface",
    "title_words",
)


def page_language(lines: Sequence[str]) -> str:
    """The language whose stop words the page uses most ("cjk" for text written without spaces).

    >>> page_language(["Der Rat hat am Dienstag für die neue Brücke gestimmt, sagte sie."])
    'de'
    """
    text = " ".join(lines)[:LANGUAGE_SAMPLE]
    if len(UNSPACED.findall(text)) > len(text) / 4:
        return "cjk"
    words = Counter(word.casefold() for word in WORD.findall(text))
    counts = {language: sum(words[word] for word in stop if word in words) for language, stop in STOP_WORDS.items()}
    return max(sorted(counts), key=lambda language: counts[language])


def _reads_as_prose(line: str, unspaced: bool) -> bool:
    if unspaced:
        return len(line) >= 20
    return (len(line) >= 80 and line.count(" ") >= 4) or (bool(SENTENCE_END.search(line)) and line.count(" ") >= 4)


def _long_prose(line: str) -> bool:
    return len(line) >= LONG_PROSE and SENTENCE_END.search(line) is not None


def _own_features(line: str, stop: frozenset[str], cjk: bool, whole: bool = False) -> dict[str, float]:
    """What a line says about itself. A long line ending like a sentence is article text: unless
    `whole` (for training), only what its neighbours' features use is computed, and `long` marks
    it (the model does not score it)."""
    unspaced = bool(UNSPACED.search(line))
    if not whole and _long_prose(line):
        return {"chars": math.log1p(len(line) * (3 if unspaced else 1)), "prose": 1.0, "long": 1.0}
    words = WORD.findall(line)
    if unspaced:
        stop_share = sum(char in CJK_STOP for char in line) / max(1, len(line))
    else:
        stop_share = sum(word.casefold() in stop for word in words) / max(1, len(words))
    characters = len(line) * (3 if unspaced else 1)
    return {
        "chars": math.log1p(characters),
        "words": math.log1p(len(words)),
        "stop_share": stop_share,
        "sentence_end": 1.0 if SENTENCE_END.search(line) else 0.0,
        "capitalised": sum(word[:1].isupper() for word in words) / max(1, len(words)),
        "digits": len(DIGIT.findall(line)) / max(1, len(line)),
        "signs": len(SIGN.findall(line)) / max(1, len(line)),
        "link_like": 1.0 if LINK_LIKE.search(line) else 0.0,
        "separators": min(3, len(SEPARATOR.findall(line))) / 3,
        "prose": 1.0 if _reads_as_prose(line, unspaced) else 0.0,
        "numeric": 1.0 if words and all(word.isdigit() for word in words) else 0.0,
        "interface": sum(word.casefold() in INTERFACE_WORDS for word in words) / max(1, len(words)),
    }


def own_features(lines: Sequence[str], whole: bool = False) -> list[dict[str, float]]:
    """What each line says about itself (in the page's language): the part of its features that
    does not depend on its neighbours (`whole`: long sentences too, for training)."""
    language = page_language(lines)
    stop = STOP_WORDS.get(language, frozenset())
    return [_own_features(line, stop, language == "cjk", whole) for line in lines]


def line_features(lines: Sequence[str], own: Sequence[dict[str, float]] | None = None) -> list[dict[str, float]]:
    """The features of each non-blank line of a page (stripped lines, blank ones left out by the
    caller); `own`: their `own_features`, when known already."""
    own = own if own is not None else own_features(lines)
    counts = Counter(lines)
    title = {word.casefold() for word in WORD.findall(lines[0]) if len(word) > 3} if lines else set()
    prose_at = [i for i, features in enumerate(own) if features["prose"]]
    total = len(lines)
    out = []
    nearest = 0
    for index, features in enumerate(own):
        while nearest + 1 < len(prose_at) and abs(prose_at[nearest + 1] - index) <= abs(prose_at[nearest] - index):
            nearest += 1
        distance = abs(prose_at[nearest] - index) if prose_at else total
        window = [own[j] for j in range(max(0, index - WINDOW), min(total, index + WINDOW + 1)) if j != index]
        # At the page's edges the missing neighbour is taken as the line itself: no contrast.
        before = own[index - 1] if index else features
        after = own[index + 1] if index + 1 < total else features
        out.append(
            {
                **features,
                "position": index / max(1, total - 1),
                "edge": 1.0 if index in (0, total - 1) else 0.0,
                "prose_distance": math.log1p(distance),
                "repeated": 1.0 if counts[lines[index]] > 1 else 0.0,
                "prev_chars": before["chars"],
                "next_chars": after["chars"],
                "prev_prose": before["prose"],
                "next_prose": after["prose"],
                "window_prose": sum(w["prose"] for w in window) / max(1, len(window)),
                "window_short": sum(w["chars"] < math.log1p(30) for w in window) / max(1, len(window)),
                "title_words": _share_in(lines[index], title) if index else 1.0,
            }
        )
    return out


def _share_in(line: str, words: set[str]) -> float:
    """The share of `line`'s words of four letters or more that are among `words` (the title's)."""
    own = [word.casefold() for word in WORD.findall(line) if len(word) > 3]
    return sum(word in words for word in own) / len(own) if own else 0.0


def sigmoid(logit: float) -> float:
    """1 / (1 + e^-logit), the logit clamped to ±30 (no overflow)."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))


@dataclass(frozen=True, slots=True)
class LineModel:
    """Logistic regression over standardised line features: p(article) = sigmoid(bias + sum(w * z)),
    z = (x - mean) / scale. `threshold` is the score under which a line is furniture."""

    features: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float = 0.5

    @classmethod
    def load(cls, path: Path) -> LineModel:
        """A model from its JSON file: per feature its mean, scale and weight; the bias and threshold."""
        data = json.loads(path.read_text(encoding="utf-8"))
        table: dict[str, dict[str, float]] = data["features"]
        unknown = [name for name in table if name not in FEATURES]
        if unknown:
            raise ValueError(f"unknown features {unknown}")
        names = tuple(table)
        return cls(
            names,
            tuple(float(table[name]["mean"]) for name in names),
            tuple(float(table[name]["scale"]) for name in names),
            tuple(float(table[name]["weight"]) for name in names),
            float(data["bias"]),
            float(data.get("threshold", 0.5)),
        )

    def to_json(self, extra: dict[str, Any] | None = None) -> str:
        """The model as the JSON file `load` reads (with `extra` fields: what it was trained on)."""
        table = {
            name: {"weight": round(weight, 4), "mean": round(mean, 4), "scale": round(scale, 4)}
            for name, mean, scale, weight in zip(self.features, self.means, self.scales, self.weights, strict=True)
        }
        data: dict[str, Any] = {"bias": round(self.bias, 4), "threshold": self.threshold, **(extra or {})}
        rows = ",\n".join(f"  {json.dumps(name)}: {json.dumps(values)}" for name, values in table.items())
        head = json.dumps(data, ensure_ascii=False)[:-1]
        return f'{head}, "features": {{\n{rows}\n}}}}\n'

    def logit(self, features: dict[str, float]) -> float:
        return self.bias + sum(
            weight * (features[name] - mean) / scale
            for name, mean, scale, weight in zip(self.features, self.means, self.scales, self.weights, strict=True)
        )

    def probability(self, features: dict[str, float]) -> float:
        """p(article) of a line with these features."""
        return sigmoid(self.logit(features))

    def score(self, lines: Sequence[str]) -> list[float]:
        """p(article) of each line (blank lines and long sentences: 1.0)."""
        kept = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
        scores = [1.0] * len(lines)
        for (index, _), features in zip(kept, line_features([line for _, line in kept]), strict=True):
            if "long" not in features:  # a long sentence: article text
                scores[index] = self.probability(features)
        return scores

    def reasons(self, features: dict[str, float], most: int = 3) -> list[tuple[str, float]]:
        """The features that pushed a line's score most, with their share of the logit (for explain)."""
        parts = [
            (name, weight * (features[name] - mean) / scale)
            for name, mean, scale, weight in zip(self.features, self.means, self.scales, self.weights, strict=True)
        ]
        return sorted(parts, key=lambda part: -abs(part[1]))[:most]


#: Rounds of scoring the lines left: a line is judged among the lines that stay (its neighbours
#: once the furniture around it is gone), so that cleaning the output again removes nothing.
ROUNDS = 4


def furniture_lines(
    model: LineModel, lines: Sequence[str], threshold: float, min_lines: int, max_share: float
) -> dict[int, tuple[float, list[tuple[str, float]]]]:
    """The lines the model takes from a text (indexes into `lines`), each with its score and top
    features: those scoring under `threshold` among the lines left, round after round until none
    does; none at all when fewer than `min_lines` different lines go (one odd line, even repeated,
    is no furniture) or when they
    hold more than `max_share` of the text's characters (a table, a list of facts: not furniture).
    The first line is never taken: it may be the headline (cleaning the printed article again,
    where the headline is the first line, then judges the same lines).

    >>> model = LineModel(("sentence_end",), (0.5,), (0.5,), (4.0,), 0.0)
    >>> sorted(furniture_lines(model, ["It rained.", "Home", "News", "The council voted."], 0.5, 2, 0.5))
    [1, 2]
    >>> furniture_lines(model, ["It rained.", "Home", "The council voted."], 0.5, 2, 0.5)
    {}
    """
    live = [i for i, line in enumerate(lines) if line.strip()]
    scored = {lines[i].strip() for i in live[1:] if not _long_prose(lines[i].strip())}
    if len(scored) < min_lines:
        return {}  # too few lines it could take: nothing to compute
    own = dict(zip(live, own_features([lines[i].strip() for i in live]), strict=True))
    taken: dict[int, tuple[float, list[tuple[str, float]]]] = {}
    for _ in range(ROUNDS):
        left = [i for i in live if i not in taken]
        if not left:
            break
        features = line_features([lines[i].strip() for i in left], [own[i] for i in left])
        low = {}
        for index, values in zip(left, features, strict=True):
            if "long" in values:
                continue
            score = model.probability(values)
            if score < threshold and index != live[0]:  # the first line may be the headline: it stays
                low[index] = (score, model.reasons(values))
        if not low:
            break
        taken.update(low)
    total = sum(len(lines[i].strip()) for i in live)
    distinct = len({lines[i].strip() for i in taken})
    if distinct < min_lines or sum(len(lines[i].strip()) for i in taken) > max_share * total:
        return {}
    return taken
