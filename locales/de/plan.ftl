### Deutsch: die Teile von Heute, die einen Plan oder gespeicherte Daten brauchen (die Karte des
### Plans und ihre Gründe, die Morgenfrage, der Halt bei Warnzeichen), die Skalen 0-10 und die Fragen
### des ersten Starts.

## Schmerzskala.
today-pain-option = Schmerz { $pain } von 10, { $word }
today-pain-word-none = kein Schmerz
today-pain-word-mild = leicht
today-pain-word-moderate = mittel
today-pain-word-strong = stark
today-pain-word-severe = sehr stark
today-pain-end-low = 0: kein Schmerz
today-pain-end-high = 10: schlimmster vorstellbarer Schmerz

## Alltagsaktivität.
today-ability-none = 0 von 10, geht gar nicht
today-ability-full = 10 von 10, ohne Probleme
today-ability-option = { $score } von 10
today-ability-end-low = 0: geht gar nicht
today-ability-end-high = 10: ohne Probleme

## Wie anstrengend.
today-level-group = Wie anstrengend
today-level-easier-button = Leichter
today-level-harder-button = Schwerer

## Die Frage am nächsten Morgen.
today-morning-eyebrow = Eine kurze Frage
today-morning-heading-morning = Wie geht es deinem Rücken heute Morgen?
today-morning-heading-later = Wie geht es deinem Rücken heute?
today-morning-sub = { $when ->
    [today] Im Vergleich zu kurz vor der heutigen Einheit „{ $name }“: So weiß Limber, ob es die richtige Menge war.
    [yesterday] Im Vergleich zu kurz vor der gestrigen Einheit „{ $name }“: So weiß Limber, ob es die richtige Menge war.
   *[other] Im Vergleich zu kurz vor der Einheit „{ $name }“ am { $day }: So weiß Limber, ob es die richtige Menge war.
}
today-morning-legend = Im Vergleich zu vor der Einheit
today-morning-pain = Dein Schmerz jetzt, wenn du magst (0 bis 10)
today-morning-pick-first = Wähl zuerst besser, ungefähr gleich oder schlechter.
today-morning-save = Speichern
today-morning-not-now = Nicht jetzt
today-morning-reply-flare = Danke, dass du es sagst. „{ $name }“ zählt als Schub: Die nächste Einheit geht einen Schritt zurück, und ein paar Tage lang wird nichts schwerer.
today-morning-reply-good = Schön zu hören. „{ $name }“ zählt als gute Einheit: Wenn es sich bis zum nächsten Tag beruhigt, war es die richtige Menge.
today-morning-reply-steady = Danke. „{ $name }“ zählt weder für mehr noch für weniger, also bleibt die Stufe vorerst, wie sie ist.
today-morning-ahead = Morgen früh fragt Limber, wie es deinem Rücken geht: Deine Antwort bestimmt die nächste Einheit.

## Wann die nächste Einheit ist.
today-next-day = { $when ->
    [tomorrow] morgen
    [week] heute in einer Woche
    [soon] bald
   *[other] am { $day }
}

## Die große Karte.
today-hero-flare-done = Schub-Plan · Tag { $day } · für heute erledigt
today-hero-flare-done-why = Die sanfte Einheit für heute ist geschafft. Ruh dich in einer bequemen Haltung aus, und ein kurzer, lockerer Spaziergang später tut auch gut.
today-hero-flare = Schub-Plan · Tag { $day } · etwa { $minutes } Min.
today-hero-flare-level = Schub-Plan · Tag { $day } · etwa { $minutes } Min. · { $level }
today-hero-flare-why = Ein sanftes Programm für schlechte Tage. Wenig und oft hilft mehr als Schonen, und hör mit allem auf, was den Schmerz schlimmer macht.
today-hero-gently-done = Für heute erledigt. Mach jetzt langsam.
today-hero-gently = Heute sanft · etwa { $minutes } Min.
today-hero-gently-level = Heute sanft · etwa { $minutes } Min. · { $level }
today-hero-gently-rest = Ruhetag · langsam machen
today-hero-due = Heute dran · etwa { $minutes } Min.
today-hero-due-level = Heute dran · etwa { $minutes } Min. · { $level }
today-hero-done = Für heute erledigt. Gut gemacht!
today-hero-done-why = Deine nächste Einheit, { $name }, ist { $next }. Ruh dich jetzt aus, oder mach später einen lockeren Spaziergang, wenn du Lust auf Bewegung hast.
today-hero-rest = Ruhetag
today-hero-rest-why = Heute steht nichts an; deine nächste Einheit ist { $next }. Ruhe gehört zum Plan, und ein lockerer Spaziergang ist eine gute Art, sie zu verbringen.
today-hero-from = Von { $from } · { $eyebrow }

## Spaziergänge, für die Einstellungen.
today-walks-so-far = Die Spaziergänge haben mit { $started ->
    [one] { $started } Minute
   *[other] { $started } Minuten
} angefangen; heute sind es { $now ->
    [one] { $now } Minute
   *[other] { $now } Minuten
}.
today-walks-so-far-same = Die Spaziergänge haben mit { $started ->
    [one] { $started } Minute
   *[other] { $started } Minuten
} angefangen, und heute ist es genauso lang.
today-walks-so-far-baseline = Die Spaziergänge haben mit { $started ->
    [one] { $started } Minute
   *[other] { $started } Minuten
} angefangen; die Startwoche des Gehprogramms findet heraus, wie lang es heute wird.

## Wie es weitergeht.
today-next-no-plan = Komm wieder, wann immer du magst. Ein paar Fragen unter Heute finden deinen Einstieg und die Tage, die dir passen.
today-next-session = Deine nächste Einheit ist { $next }: { $name }, etwa { $minutes } Min.
today-next-whenever = Deine nächste Einheit ist, wann immer du bereit bist.
today-next-walk-flare = Ein kurzer, lockerer Spaziergang später tut auch gut, so weit es angenehm ist.
today-next-walk = { $minutes ->
    [one] Heutiger Spaziergang: locker { $minutes } Minute, wenn dir danach ist.
   *[other] Heutiger Spaziergang: locker { $minutes } Minuten, wenn dir danach ist.
}
today-next-walk-open = Heutiger Spaziergang: so weit es angenehm ist, wenn dir danach ist.

## Die Schmerzregel.
today-pain-green-usual = Dein Rücken liegt meist bei etwa { $usual }, also kannst du bei { $pain } gut weitermachen. Beweg dich langsam und atme weiter.
today-pain-green = Bei { $pain } kannst du gut weitermachen. Beweg dich langsam und atme weiter.
today-pain-amber-usual = Das ist etwas über deinem üblichen Wert ({ $usual }). Mach sanft weiter, wenn es bald danach nachlässt und morgen früh nicht schlimmer ist, oder mach es leichter.
today-pain-amber = { $pain } ist in Ordnung, wenn es bald danach nachlässt und morgen früh nicht schlimmer ist. Mach sanft weiter, oder mach es leichter.
today-pain-red-spreading = Schmerz, der ins Bein ausstrahlt, ist ein Zeichen, kürzerzutreten. Mach diese Übung leichter oder lass sie aus, und wenn er weiter ausstrahlt, beende die Einheit für heute.
today-pain-red-high = { $pain } ist viel. Tritt kürzer: Mach diese Übung leichter oder lass sie aus, und wenn der Schmerz nicht nachlässt, beende die Einheit für heute.
today-pain-red = Das ist deutlich über deinem üblichen Wert ({ $usual }). Tritt kürzer: Mach diese Übung leichter oder lass sie aus, und wenn der Schmerz nicht nachlässt, beende die Einheit für heute.
today-pain-bands = Beim Üben ist Schmerz bis { $green } in Ordnung, bis { $amber } okay, wenn er bis zum nächsten Morgen nachlässt, und alles darüber (oder Schmerz, der ins Bein ausstrahlt) heißt: mach es leichter.
today-pain-bands-no-amber = Beim Üben ist Schmerz bis { $green } in Ordnung, und alles darüber (oder Schmerz, der ins Bein ausstrahlt) heißt: mach es leichter.
today-pain-after-amber = Etwas über deinem üblichen Wert ({ $usual }): Das ist in Ordnung, wenn es bis morgen früh nachgelassen hat. Limber fragt dich dann.
today-pain-after-red = Das ist deutlich über deinem üblichen Wert ({ $usual }). Ruh dich jetzt in einer bequemen Haltung aus; wenn es morgen früh noch erhöht ist, wird die nächste Einheit sanfter.
today-pain-before-gentlest = Das ist mehr als dein üblicher Wert ({ $usual }). Dieses Programm ist schon das sanfteste: Mach langsam, mach nur, was sich gut anfühlt, und lass alles aus, was es schlimmer macht. Ein Ruhetag mit einem kurzen Spaziergang ist auch in Ordnung.
today-pain-before = Das ist mehr als dein üblicher Wert ({ $usual }). Limber hält diese Einheit sanft; ein Ruhetag mit einem kurzen Spaziergang ist auch in Ordnung. Wenn es immer schlimmer wird, sprich mit einer Ärztin, einem Arzt oder einer anderen Fachperson.

## Eine Kopie behalten.
today-keep-title = Bewahre eine Kopie deiner Fortschritte auf
today-keep-button = Kopie sichern
today-keep-not-now = Nicht jetzt
today-keep-why-safari = Safari kann löschen, was Limber speichert, wenn es etwa eine Woche lang nicht geöffnet wird. Eine Kopie hält { $count ->
    [one] deine { $count } Einheit
   *[other] deine { $count } Einheiten
} sicher.
today-keep-why = Browser löschen manchmal gespeicherte Daten. Eine Kopie hält { $count ->
    [one] deine { $count } Einheit
   *[other] deine { $count } Einheiten
} sicher.
today-keep-why-again = Deine letzte Kopie ist vom { $date }. Eine neue sichert auch, was du seitdem gemacht hast.
today-keep-shared = Kopie geteilt.
today-keep-saved = Kopie in deinen Downloads gespeichert.
today-keep-safe = Bewahre sie an einem sicheren Ort auf, etwa in deinen E-Mails oder deinem Cloud-Speicher.
today-keep-not-saved = Dein Browser hat die Datei nicht gespeichert. Bitte versuch es nochmal.
today-keep-last = Letzte Kopie: { $date }.
today-keep-none = Noch keine Kopie gesichert.
today-keep-install-why = Auf iPhone und iPad kann Safari die Daten von Limber löschen, wenn du es etwa eine Woche nicht öffnest. Wenn du Limber zum Home-Bildschirm hinzufügst, passiert das nicht. Sichere vorher eine Kopie: Die App auf dem Home-Bildschirm startet leer, und dort öffnest du deine Kopie.
today-keep-install-how = Tippe in Safari auf „Teilen“ und dann auf „Zum Home-Bildschirm“.
today-keep-install-next = Damit Safari deine Daten nicht löscht, füg Limber zum Home-Bildschirm hinzu: Tippe auf „Teilen“ und dann auf „Zum Home-Bildschirm“. Die App auf dem Home-Bildschirm startet leer, also öffne dort deine Kopie.

## Spaziergang.
today-walk-title = { $minutes ->
    [one] Ein Spaziergang von { $minutes } Minute
   *[other] Ein Spaziergang von { $minutes } Minuten
}
today-walk-baseline = Startwoche
today-walk-held-flare = Bleibt gleich, solange dein Schub-Plan läuft: kurze, lockere Spaziergänge, wenig und oft, so weit es angenehm ist. Es wird wieder mehr, sobald sich dein Rücken beruhigt und eine Woche nach Plan läuft.
today-walk-why-longer = { $reason } { $longer }
today-walk-baseline-all = { $walks ->
    [one] { $walks } Spaziergang
   *[other] { $walks } Spaziergänge
}
today-walk-baseline-progress = { $done } von { $walks ->
    [one] { $walks } Spaziergang
   *[other] { $walks } Spaziergängen
}
