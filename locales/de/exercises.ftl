### Deutsch. Die Übungsbibliothek.

## Die Bibliothek

exercises-title = Übungen
exercises-search-label = Übungen nach Namen suchen
exercises-search-placeholder = Nach Namen suchen
exercises-filter-area = Körperbereich
exercises-filter-kind = Art
exercises-all-areas = Alle Bereiche
exercises-all-kinds = Alle Arten
exercises-none-match = Nichts gefunden. Versuch es mit weniger Filtern oder einem anderen Wort.
exercises-count =
    { $count ->
        [one] { $count } Übung
       *[other] { $count } Übungen
    }
exercises-row-meta = { $kind } · { $dose }

## Eine Übung

exercises-back = ‹ Alle Übungen
exercises-figure-label = { $name }: Anfangs- und Endposition
exercises-suggested = Empfohlen
exercises-position = Position
exercises-you-need = Du brauchst
exercises-works = Trainiert
exercises-how-to = So geht’s
exercises-keep-in-mind = Darauf achten
exercises-when-to-stop = Wann du aufhörst
exercises-variants = Leichtere und schwerere Varianten
exercises-easier = Leichter:{ " " }
exercises-harder = Schwerer:{ " " }
exercises-used-in = Enthalten in

## Unter der Abbildung

exercises-view-side = Von der Seite gesehen
exercises-view-front = Von vorne gesehen
exercises-view-above = Von oben gesehen
exercises-caption-each-side = { $view } · linke Seite zuerst
exercises-caption-alternating = { $view } · Seiten im Wechsel

## Seiten

exercises-side-left = linke Seite
exercises-side-right = rechte Seite

## Körperbereiche

exercises-area-core = Rumpf
exercises-area-hips = Hüften
exercises-area-hamstrings = Oberschenkelrückseite
exercises-area-lower-back = Unterer Rücken
exercises-area-glutes = Gesäß
exercises-area-whole-body = Ganzer Körper

## Arten

exercises-kind-mobility = Beweglichkeit
exercises-kind-stretch = Dehnung
exercises-kind-strength = Kraft
exercises-kind-cardio = Sanftes Ausdauertraining

## Ausgangsposition

exercises-position-lying = Im Liegen
exercises-position-kneeling = Im Knien
exercises-position-sitting = Im Sitzen
exercises-position-standing = Im Stehen
exercises-position-in-water = Im Wasser

## Was du brauchst (Bezeichnung)

exercises-equipment-none = Nichts
exercises-equipment-mat = Eine Matte oder ein Teppich
exercises-equipment-chair = Ein stabiler Stuhl
exercises-equipment-wall = Eine Wand
exercises-equipment-strap = Ein Gurt, Gürtel oder Handtuch
exercises-equipment-bike = Ein Heimtrainer
exercises-equipment-pool = Ein Schwimmbecken

## Was du brauchst (im Satz „Du brauchst …“)

exercises-need-mat = eine Matte oder einen Teppich
exercises-need-chair = einen stabilen Stuhl
exercises-need-wall = eine Wand
exercises-need-strap = einen Gurt, Gürtel oder ein Handtuch
exercises-need-bike = einen Heimtrainer
exercises-need-pool = ein Schwimmbecken
exercises-you-will-need = Du brauchst { $items }.

## Wie viel

exercises-hold-note = Halten heißt: ruhig in der Position bleiben und dabei entspannt atmen, so lange wie angegeben.
exercises-dose-reps =
    { $reps ->
        [one] { $reps } Wiederholung
       *[other] { $reps } Wiederholungen
    }
exercises-dose-reps-each-side =
    { $reps ->
        [one] { $reps } Wiederholung pro Seite
       *[other] { $reps } Wiederholungen pro Seite
    }
exercises-dose-reps-alternating =
    { $reps ->
        [one] { $reps } Wiederholung, Seiten im Wechsel
       *[other] { $reps } Wiederholungen, Seiten im Wechsel
    }
exercises-dose-sets-reps =
    { $sets ->
        [one] { $sets } Satz
       *[other] { $sets } Sätze
    } mit { $reps ->
        [one] { $reps } Wiederholung
       *[other] { $reps } Wiederholungen
    }
exercises-dose-sets-reps-each-side =
    { $sets ->
        [one] { $sets } Satz
       *[other] { $sets } Sätze
    } mit { $reps ->
        [one] { $reps } Wiederholung
       *[other] { $reps } Wiederholungen
    } pro Seite
exercises-dose-sets-reps-alternating =
    { $sets ->
        [one] { $sets } Satz
       *[other] { $sets } Sätze
    } mit { $reps ->
        [one] { $reps } Wiederholung
       *[other] { $reps } Wiederholungen
    }, Seiten im Wechsel
exercises-dose-hold = { $secs } s halten
exercises-dose-hold-each-side = { $secs } s halten, pro Seite
exercises-dose-hold-alternating = { $secs } s halten, Seiten im Wechsel
exercises-dose-sets-hold = { $sets } × { $secs } s halten
exercises-dose-sets-hold-each-side = { $sets } × { $secs } s halten, pro Seite
exercises-dose-sets-hold-alternating = { $sets } × { $secs } s halten, Seiten im Wechsel
exercises-dose-minutes =
    { $mins ->
        [one] { $mins } Minute
       *[other] { $mins } Minuten
    }

## Guides

exercises-pelvic-tilt-purpose = Weckt deine tiefen Bauchmuskeln und bewegt sanft deinen unteren Rücken.
exercises-pelvic-tilt-step-1 = Leg dich auf den Rücken, die Knie gebeugt, die Füße flach und hüftbreit auseinander.
exercises-pelvic-tilt-step-2 = Atme aus und drück den unteren Rücken sanft in den Boden, indem du das Becken kippst.
exercises-pelvic-tilt-step-3 = Halte kurz und atme dabei normal weiter.
exercises-pelvic-tilt-step-4 = Entspann dich zurück in die Ausgangslage. Halte die Bewegung klein und fließend.
exercises-pelvic-tilt-cue-1 = Gesäß und Schultern bleiben auf dem Boden liegen.
exercises-pelvic-tilt-cue-2 = Atme gleichmäßig weiter; du musst die Luft nicht anhalten.
exercises-pelvic-tilt-cue-3 = Eine winzige Bewegung reicht völlig.
exercises-pelvic-tilt-caution-1 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.
exercises-pelvic-tilt-caution-2 = Hör auf, wenn der Schmerz ins Gesäß oder ins Bein ausstrahlt.
exercises-pelvic-tilt-caution-3 = Hör auf, wenn du Taubheit oder Kribbeln in einem Bein oder Fuß spürst.

exercises-glute-bridge-purpose = Kräftigt dein Gesäß und die Rückseite deiner Beine, damit sie deine Wirbelsäule stützen.
exercises-glute-bridge-step-1 = Leg dich auf den Rücken, die Knie gebeugt, die Füße flach, die Arme neben dem Körper.
exercises-glute-bridge-step-2 = Spann den Bauch leicht an und drück dann das Gesäß zusammen.
exercises-glute-bridge-step-3 = Heb die Hüfte, bis dein Körper von den Knien bis zu den Schultern eine gerade Linie bildet.
exercises-glute-bridge-step-4 = Halte kurz und senk dich dann langsam ab, Wirbel für Wirbel.
exercises-glute-bridge-cue-1 = Drück dich über die Fersen hoch, nicht über die Zehen.
exercises-glute-bridge-cue-2 = Hör auf zu heben, bevor dein unterer Rücken ins Hohlkreuz geht.
exercises-glute-bridge-cue-3 = Schultern und Kopf liegen entspannt auf dem Boden.
exercises-glute-bridge-caution-1 = Hör auf, wenn du oben ein Zwicken im unteren Rücken spürst.
exercises-glute-bridge-caution-2 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.
exercises-glute-bridge-caution-3 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.

exercises-bridge-march-purpose = Sorgt für stabile Hüften und einen starken Rumpf, weil du immer auf einem Bein balancierst.
exercises-bridge-march-step-1 = Leg dich auf den Rücken, die Knie gebeugt, die Füße flach, die Arme neben dem Körper.
exercises-bridge-march-step-2 = Heb die Hüfte zur Brücke, sodass Knie, Hüfte und Schultern auf einer Linie sind.
exercises-bridge-march-step-3 = Halte die Hüfte waagerecht und heb einen Fuß ein paar Zentimeter vom Boden.
exercises-bridge-march-step-4 = Setz ihn ab und heb dann den anderen Fuß. Jedes Anheben zählt als eins.
exercises-bridge-march-step-5 = Senk nach dem letzten Anheben die Hüfte langsam zum Boden.
exercises-bridge-march-cue-1 = Lass die Hüfte nicht absinken oder kippen, wenn ein Fuß abhebt.
exercises-bridge-march-cue-2 = Drück die Arme zum Ausbalancieren leicht in den Boden.
exercises-bridge-march-cue-3 = Kleine, ruhige Bewegungen sind besser als hohe, wackelige.
exercises-bridge-march-caution-1 = Hör auf, wenn dein unterer Rücken schmerzt oder verkrampft.
exercises-bridge-march-caution-2 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.
exercises-bridge-march-caution-3 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.

exercises-wall-plank-purpose = Ein sanfter Unterarmstütz an der Wand, der deinen Rumpf stärkt, ohne dass du auf den Boden musst.
exercises-wall-plank-step-1 = Stell dich etwa eine Armlänge vor eine Wand, mit dem Gesicht zur Wand.
exercises-wall-plank-step-2 = Leg die Unterarme auf Schulterhöhe an die Wand.
exercises-wall-plank-step-3 = Geh mit den Füßen etwas zurück, sodass sich dein Körper in einer geraden Linie anlehnt.
exercises-wall-plank-step-4 = Spann den Bauch sanft an und halte, während du langsam atmest.
exercises-wall-plank-step-5 = Geh zum Schluss mit den Füßen wieder zur Wand.
exercises-wall-plank-cue-1 = Kopf, Hüfte und Fersen bilden eine Linie.
exercises-wall-plank-cue-2 = Lass die Hüfte nicht nach vorne durchhängen oder nach hinten herausstehen.
exercises-wall-plank-cue-3 = Stell die Füße weiter zurück, wenn es etwas schwerer sein soll.
exercises-wall-plank-caution-1 = Hör auf, wenn dein unterer Rücken beim Halten schmerzt.
exercises-wall-plank-caution-2 = Hör auf, wenn deine Schultern schmerzen.
exercises-wall-plank-caution-3 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.

exercises-knee-plank-purpose = Stärkt den Rumpf in einem kürzeren Unterarmstütz, der deinen Rücken schont.
exercises-knee-plank-step-1 = Geh in den Vierfüßlerstand und dann auf die Unterarme, die Ellbogen unter den Schultern.
exercises-knee-plank-step-2 = Rutsch mit den Knien etwas nach hinten, sodass die Hüfte tief ist.
exercises-knee-plank-step-3 = Spann den Bauch an und heb dich, bis dein Körper von den Knien bis zu den Schultern gerade ist.
exercises-knee-plank-step-4 = Halte und atme dabei langsam und gleichmäßig.
exercises-knee-plank-step-5 = Senk die Hüfte ab und ruh dich vor dem nächsten Halten aus.
exercises-knee-plank-cue-1 = Schau knapp vor deine Hände auf den Boden, damit dein Nacken lang bleibt.
exercises-knee-plank-cue-2 = Lass die Hüfte nicht zum Boden durchhängen.
exercises-knee-plank-cue-3 = Leg ein gefaltetes Handtuch unter die Knie, wenn sie empfindlich sind.
exercises-knee-plank-caution-1 = Hör auf, wenn dein unterer Rücken durchhängt oder zu schmerzen beginnt.
exercises-knee-plank-caution-2 = Hör auf, wenn der Schmerz ins Gesäß oder ins Bein ausstrahlt.
exercises-knee-plank-caution-3 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.

exercises-forearm-plank-purpose = Der volle Unterarmstütz für einen starken, stabilen Rumpf, wenn die sanfteren Varianten leicht fallen.
exercises-forearm-plank-step-1 = Leg dich auf den Bauch, die Unterarme auf dem Boden, die Ellbogen unter den Schultern.
exercises-forearm-plank-step-2 = Stell die Zehen auf.
exercises-forearm-plank-step-3 = Spann den Bauch an und heb dich, bis dein Körper von den Fersen bis zu den Schultern gerade ist.
exercises-forearm-plank-step-4 = Halte und atme dabei langsam.
exercises-forearm-plank-step-5 = Leg zum Ausruhen erst die Knie und dann den Rest des Körpers ab.
exercises-forearm-plank-cue-1 = Spann das Gesäß leicht an, damit die Hüfte waagerecht bleibt.
exercises-forearm-plank-cue-2 = Halte den Nacken lang und den Blick auf dem Boden.
exercises-forearm-plank-cue-3 = Kurz und ruhig halten ist besser als lang und zitternd.
exercises-forearm-plank-caution-1 = Hör auf, wenn dein unterer Rücken durchhängt oder zu schmerzen beginnt.
exercises-forearm-plank-caution-2 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.
exercises-forearm-plank-caution-3 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.

exercises-side-plank-knees-purpose = Kräftigt die seitlichen Muskeln, die deine Wirbelsäule stabilisieren.
exercises-side-plank-knees-step-1 = Leg dich auf die Seite, die Knie nach hinten gebeugt, den Unterarm unter der Schulter.
exercises-side-plank-knees-step-2 = Bring Hüfte und Schultern übereinander, sodass du geradeaus schaust.
exercises-side-plank-knees-step-3 = Heb die Hüfte, bis dein Körper von den Knien bis zu den Schultern gerade ist.
exercises-side-plank-knees-step-4 = Halte und atme langsam, dann senk die Hüfte ab.
exercises-side-plank-knees-step-5 = Dreh dich um und wechsle für das nächste Halten die Seite.
exercises-side-plank-knees-cue-1 = Der Ellbogen bleibt genau unter der Schulter.
exercises-side-plank-knees-cue-2 = Lass die obere Hüfte nicht nach vorne oder hinten kippen.
exercises-side-plank-knees-cue-3 = Leg die obere Hand auf die Hüfte oder vor dir auf den Boden.
exercises-side-plank-knees-caution-1 = Hör auf, wenn deine Schulter schmerzt.
exercises-side-plank-knees-caution-2 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.
exercises-side-plank-knees-caution-3 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.

exercises-side-plank-purpose = Der volle Seitstütz für kräftige, stabile Flanken und Hüften.
exercises-side-plank-step-1 = Leg dich auf die Seite, die Beine gestreckt, den Unterarm unter der Schulter.
exercises-side-plank-step-2 = Leg die Füße übereinander oder stell den oberen Fuß knapp vor den unteren.
exercises-side-plank-step-3 = Heb die Hüfte, bis dein Körper von den Füßen bis zu den Schultern gerade ist.
exercises-side-plank-step-4 = Halte und atme langsam, dann senk die Hüfte ab.
exercises-side-plank-step-5 = Dreh dich um und wechsle für das nächste Halten die Seite.
exercises-side-plank-cue-1 = Der Ellbogen bleibt genau unter der Schulter.
exercises-side-plank-cue-2 = Drück dich vom Boden weg, damit du nicht in die Schulter sinkst.
exercises-side-plank-cue-3 = Wechsle zur Variante auf den Knien, wenn du stark zu zittern beginnst.
exercises-side-plank-caution-1 = Hör auf, wenn deine Schulter schmerzt.
exercises-side-plank-caution-2 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.
exercises-side-plank-caution-3 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.

exercises-clamshell-purpose = Weckt die Muskeln an der Außenseite der Hüfte, die dein Becken stabil halten.
exercises-clamshell-step-1 = Leg dich auf die Seite, die Knie gebeugt, die Füße zusammen.
exercises-clamshell-step-2 = Leg den Kopf auf den unteren Arm oder ein Kissen.
exercises-clamshell-step-3 = Lass die Füße zusammen und öffne das obere Knie langsam wie eine Muschel.
exercises-clamshell-step-4 = Senk das Knie langsam wieder ab.
exercises-clamshell-step-5 = Mach alle Wiederholungen, dann dreh dich um und wechsle die Seite.
exercises-clamshell-cue-1 = Hüften bleiben übereinander; kipp nicht nach hinten, wenn sich das Knie öffnet.
exercises-clamshell-cue-2 = Öffne nur so weit, wie es geht, ohne dass sich das Becken bewegt.
exercises-clamshell-cue-3 = Beweg dich in beide Richtungen langsam.
exercises-clamshell-caution-1 = Hör auf, wenn du einen stechenden Schmerz in der Hüfte spürst.
exercises-clamshell-caution-2 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.
exercises-clamshell-caution-3 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.

exercises-side-leg-raise-purpose = Kräftigt die Außenseite deiner Hüfte, damit sie deinen Rücken beim Gehen und Stehen stützt.
exercises-side-leg-raise-step-1 = Leg dich auf die Seite, beide Beine gestreckt, den Kopf auf dem unteren Arm.
exercises-side-leg-raise-step-2 = Beug das untere Knie etwas, wenn dir das beim Gleichgewicht hilft.
exercises-side-leg-raise-step-3 = Halte das obere Bein gestreckt und heb es langsam an, etwa eine Linealänge hoch.
exercises-side-leg-raise-step-4 = Senk es langsam wieder ab.
exercises-side-leg-raise-step-5 = Mach alle Wiederholungen, dann dreh dich um und wechsle die Seite.
exercises-side-leg-raise-cue-1 = Führ die Bewegung mit der Ferse, die Zehen zeigen nach vorne.
exercises-side-leg-raise-cue-2 = Hüften bleiben übereinander; lehn dich nicht nach hinten.
exercises-side-leg-raise-cue-3 = Heb nur so hoch, wie es geht, ohne dass das Becken kippt.
exercises-side-leg-raise-caution-1 = Hör auf, wenn du einen stechenden Schmerz in der Hüfte spürst.
exercises-side-leg-raise-caution-2 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.
exercises-side-leg-raise-caution-3 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.

exercises-bird-dog-limb-purpose = Bringt deinem Rücken bei, stabil zu bleiben, während sich ein Arm oder ein Bein bewegt.
exercises-bird-dog-limb-step-1 = Geh in den Vierfüßlerstand, die Hände unter den Schultern, die Knie unter der Hüfte.
exercises-bird-dog-limb-step-2 = Spann den Bauch sanft an, damit dein Rücken gerade bleibt.
exercises-bird-dog-limb-step-3 = Schieb ein Bein nach hinten und heb es auf Hüfthöhe, oder streck stattdessen einen Arm nach vorne.
exercises-bird-dog-limb-step-4 = Halte einen Atemzug lang und komm dann zurück.
exercises-bird-dog-limb-step-5 = Wechsle jedes Mal die Seite. Jedes Strecken zählt als eins.
exercises-bird-dog-limb-cue-1 = Halte die Hüfte waagerecht, als stünde eine Tasse Tee auf deinem Rücken.
exercises-bird-dog-limb-cue-2 = Streck dich lang, nicht hoch.
exercises-bird-dog-limb-cue-3 = Fang nur mit den Armen an, wenn es mit den Beinen wackelt.
exercises-bird-dog-limb-caution-1 = Hör auf, wenn dein unterer Rücken durchhängt oder zwickt.
exercises-bird-dog-limb-caution-2 = Hör auf, wenn deine Handgelenke oder Knie schmerzen.
exercises-bird-dog-limb-caution-3 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.

exercises-bird-dog-purpose = Sorgt für einen stabilen Rücken und Rumpf, indem du einen Arm und das gegenüberliegende Bein streckst.
exercises-bird-dog-step-1 = Geh in den Vierfüßlerstand, die Hände unter den Schultern, die Knie unter der Hüfte.
exercises-bird-dog-step-2 = Spann den Bauch sanft an, damit dein Rücken gerade bleibt.
exercises-bird-dog-step-3 = Streck einen Arm nach vorne und das gegenüberliegende Bein nach hinten, bis beide auf Körperhöhe sind.
exercises-bird-dog-step-4 = Halte einen langsamen Atemzug lang und bring sie dann wieder nach unten.
exercises-bird-dog-step-5 = Wechsle zum anderen Arm und Bein. Jedes Strecken zählt als eins.
exercises-bird-dog-cue-1 = Hüfte und Schultern bleiben parallel zum Boden.
exercises-bird-dog-cue-2 = Streck dich lang bis in die Finger und die Ferse.
exercises-bird-dog-cue-3 = Beweg dich langsam und ohne Schwung.
exercises-bird-dog-caution-1 = Hör auf, wenn dein unterer Rücken durchhängt oder zwickt.
exercises-bird-dog-caution-2 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.
exercises-bird-dog-caution-3 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.

exercises-heel-taps-purpose = Eine sanfte Rumpfübung: Deine Beine bewegen sich, dein Rücken bleibt ruhig.
exercises-heel-taps-step-1 = Leg dich auf den Rücken, die Knie gebeugt, die Füße flach.
exercises-heel-taps-step-2 = Heb erst ein Bein, dann das andere, sodass die Knie über der Hüfte und die Schienbeine waagerecht sind.
exercises-heel-taps-step-3 = Lass das Knie gebeugt und senk eine Ferse langsam ab, bis sie den Boden antippt.
exercises-heel-taps-step-4 = Bring sie wieder hoch und tipp dann mit der anderen Ferse. Jedes Antippen zählt als eins.
exercises-heel-taps-step-5 = Stell die Füße zum Ausruhen nacheinander auf den Boden.
exercises-heel-taps-cue-1 = Der untere Rücken berührt leicht den Boden.
exercises-heel-taps-cue-2 = Atme aus, während die Ferse sinkt.
exercises-heel-taps-cue-3 = Senk nur so weit ab, wie dein Rücken ruhig bleiben kann.
exercises-heel-taps-caution-1 = Hör auf, wenn sich dein unterer Rücken vom Boden wölbt und schmerzt.
exercises-heel-taps-caution-2 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.
exercises-heel-taps-caution-3 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.

exercises-dead-bug-purpose = Trainiert deinen Rumpf, den Rücken stabil zu halten, während sich Arme und Beine bewegen.
exercises-dead-bug-step-1 = Leg dich auf den Rücken und streck beide Arme zur Decke.
exercises-dead-bug-step-2 = Heb die Beine, sodass die Knie über der Hüfte und die Schienbeine waagerecht sind.
exercises-dead-bug-step-3 = Führ langsam einen Arm über den Kopf, während sich das gegenüberliegende Bein zum Boden hin streckt.
exercises-dead-bug-step-4 = Bring beide zurück in die Ausgangslage.
exercises-dead-bug-step-5 = Wechsle zum anderen Arm und Bein. Jedes Strecken zählt als eins.
exercises-dead-bug-cue-1 = Der untere Rücken berührt leicht den Boden.
exercises-dead-bug-cue-2 = Atme beim Strecken aus.
exercises-dead-bug-cue-3 = Lass das bewegte Bein höher, wenn dein Rücken abzuheben beginnt.
exercises-dead-bug-caution-1 = Hör auf, wenn sich dein unterer Rücken vom Boden abhebt und schmerzt.
exercises-dead-bug-caution-2 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.
exercises-dead-bug-caution-3 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.

exercises-sit-to-stand-purpose = Kräftigt Beine und Hüfte fürs tägliche Aufstehen und Hinsetzen.
exercises-sit-to-stand-step-1 = Setz dich vorne auf einen stabilen Stuhl, die Füße flach und hüftbreit auseinander.
exercises-sit-to-stand-step-2 = Verschränk die Arme vor der Brust oder leg die Hände auf die Oberschenkel.
exercises-sit-to-stand-step-3 = Beug dich aus der Hüfte etwas nach vorne und steh aufrecht auf.
exercises-sit-to-stand-step-4 = Setz dich langsam wieder, bis du die Sitzfläche gerade berührst.
exercises-sit-to-stand-cue-1 = Drück dich mit dem ganzen Fuß hoch.
exercises-sit-to-stand-cue-2 = Die Knie zeigen in dieselbe Richtung wie die Zehen.
exercises-sit-to-stand-cue-3 = Nimm die Armlehnen zu Hilfe, wenn du sie brauchst.
exercises-sit-to-stand-caution-1 = Hör auf, wenn dir schwindelig wird oder du unsicher stehst.
exercises-sit-to-stand-caution-2 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.
exercises-sit-to-stand-caution-3 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.

exercises-wall-sit-purpose = Kräftigt Beine und Gesäß, während eine Wand deinen Rücken stützt.
exercises-wall-sit-step-1 = Stell dich mit dem Rücken an eine Wand, die Füße etwa eine Fußlänge davor.
exercises-wall-sit-step-2 = Rutsch langsam an der Wand hinunter und beug dabei die Knie, so tief, wie es sich gut anfühlt.
exercises-wall-sit-step-3 = Lass den Rücken an der Wand und halte, während du gleichmäßig atmest.
exercises-wall-sit-step-4 = Schieb dich an der Wand wieder hoch und ruh dich aus.
exercises-wall-sit-cue-1 = Eine leichte Beugung reicht; du musst nicht tief gehen.
exercises-wall-sit-cue-2 = Die Knie bleiben über den Knöcheln.
exercises-wall-sit-cue-3 = Lass den unteren Rücken sanft an der Wand ruhen.
exercises-wall-sit-caution-1 = Hör auf, wenn deine Knie schmerzen.
exercises-wall-sit-caution-2 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.
exercises-wall-sit-caution-3 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.

exercises-cat-cow-purpose = Bewegt sanft deine ganze Wirbelsäule und löst Steifheit.
exercises-cat-cow-step-1 = Geh in den Vierfüßlerstand, die Hände unter den Schultern, die Knie unter der Hüfte.
exercises-cat-cow-step-2 = Atme aus, mach den Rücken rund zur Decke und lass den Kopf sinken.
exercises-cat-cow-step-3 = Atme ein und lass den Rücken sanft durchhängen, während du Brust und Blick hebst.
exercises-cat-cow-step-4 = Beweg dich langsam zwischen beidem hin und her, so weit es leicht geht.
exercises-cat-cow-cue-1 = Lass deinen Atem das Tempo bestimmen.
exercises-cat-cow-cue-2 = Lass den Rücken nur sanft durchhängen; du musst nicht bis zum Anschlag gehen.
exercises-cat-cow-cue-3 = Leg ein gefaltetes Handtuch unter die Knie, wenn sie empfindlich sind.
exercises-cat-cow-caution-1 = Hör auf, wenn eine der beiden Richtungen deinen Schmerz verstärkt.
exercises-cat-cow-caution-2 = Hör auf, wenn der Schmerz ins Gesäß oder ins Bein ausstrahlt.
exercises-cat-cow-caution-3 = Hör auf, wenn deine Handgelenke schmerzen; mach dann lieber die Variante im Sitzen.

exercises-seated-cat-cow-purpose = Lockert deinen Rücken auf dem Stuhl, praktisch am Schreibtisch oder an schlechten Tagen.
exercises-seated-cat-cow-step-1 = Setz dich vorne auf einen stabilen Stuhl, die Füße flach, die Hände auf den Knien.
exercises-seated-cat-cow-step-2 = Atme aus, mach den Rücken rund und lass das Kinn zur Brust sinken.
exercises-seated-cat-cow-step-3 = Atme ein, heb die Brust und zieh die Schultern sanft nach hinten.
exercises-seated-cat-cow-step-4 = Beweg dich langsam zwischen beidem hin und her.
exercises-seated-cat-cow-cue-1 = Lass deinen Atem das Tempo bestimmen.
exercises-seated-cat-cow-cue-2 = Füße bleiben flach, die Hüfte bleibt ruhig.
exercises-seated-cat-cow-cue-3 = Klein und fließend reicht völlig.
exercises-seated-cat-cow-caution-1 = Hör auf, wenn eine der beiden Richtungen deinen Schmerz verstärkt.
exercises-seated-cat-cow-caution-2 = Hör auf, wenn der Schmerz ins Gesäß oder ins Bein ausstrahlt.
exercises-seated-cat-cow-caution-3 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.

exercises-childs-pose-purpose = Eine ruhige Dehnung, die deinen Rücken verlängert und dir hilft, zu atmen und loszulassen.
exercises-childs-pose-step-1 = Beginn im Vierfüßlerstand, die Hände unter den Schultern, die Knie unter der Hüfte.
exercises-childs-pose-step-2 = Setz die Hüfte langsam nach hinten Richtung Fersen.
exercises-childs-pose-step-3 = Lass die Arme lang nach vorne gestreckt und leg die Stirn auf den Boden oder ein Kissen.
exercises-childs-pose-step-4 = Halte und atme langsam in deinen Rücken.
exercises-childs-pose-step-5 = Wandere mit den Händen zu dir zurück und komm langsam hoch.
exercises-childs-pose-cue-1 = Nimm die Knie weiter auseinander, wenn sich dein Bauch eingeengt anfühlt.
exercises-childs-pose-cue-2 = Leg ein Kissen zwischen Fersen und Gesäß, wenn du nicht ganz zurücksitzen kannst.
exercises-childs-pose-cue-3 = Lass Schultern und Kiefer locker.
exercises-childs-pose-caution-1 = Hör auf, wenn deine Knie schmerzen.
exercises-childs-pose-caution-2 = Hör auf, wenn das Vorbeugen deine Rückenschmerzen verstärkt.
exercises-childs-pose-caution-3 = Hör auf, wenn der Schmerz ins Gesäß oder ins Bein ausstrahlt.

exercises-knee-to-chest-purpose = Löst Spannung im unteren Rücken und im Gesäß.
exercises-knee-to-chest-step-1 = Leg dich auf den Rücken, beide Knie gebeugt, die Füße flach.
exercises-knee-to-chest-step-2 = Fass hinter ein Knie und zieh es sanft zur Brust.
exercises-knee-to-chest-step-3 = Lass den anderen Fuß auf dem Boden und die Schultern entspannt.
exercises-knee-to-chest-step-4 = Halte die Dehnung und atme langsam, dann leg das Bein ab und wechsle zum anderen.
exercises-knee-to-chest-cue-1 = Fass hinter den Oberschenkel, nicht oben aufs Knie.
exercises-knee-to-chest-cue-2 = Kopf und Schultern bleiben auf dem Boden liegen.
exercises-knee-to-chest-cue-3 = Atme aus, während du das Knie heranziehst.
exercises-knee-to-chest-caution-1 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.
exercises-knee-to-chest-caution-2 = Hör auf, wenn der Schmerz ins Gesäß oder ins Bein ausstrahlt.
exercises-knee-to-chest-caution-3 = Hör auf, wenn du Taubheit oder Kribbeln in einem Bein oder Fuß spürst.

exercises-double-knee-to-chest-purpose = Eine tiefere Dehnung für unteren Rücken und Gesäß, mit beiden Beinen.
exercises-double-knee-to-chest-step-1 = Leg dich auf den Rücken, beide Knie gebeugt, die Füße flach.
exercises-double-knee-to-chest-step-2 = Heb erst ein Knie, dann das andere, und fass hinter beide Knie.
exercises-double-knee-to-chest-step-3 = Zieh beide Knie sanft zur Brust, bis du eine angenehme Dehnung spürst.
exercises-double-knee-to-chest-step-4 = Halte und atme dabei langsam.
exercises-double-knee-to-chest-step-5 = Stell erst einen Fuß auf den Boden, dann den anderen.
exercises-double-knee-to-chest-cue-1 = Heb und senk die Beine nacheinander, um deinen Rücken zu schonen.
exercises-double-knee-to-chest-cue-2 = Der Kopf bleibt auf dem Boden liegen.
exercises-double-knee-to-chest-cue-3 = Lass den unteren Rücken entspannt in den Boden sinken.
exercises-double-knee-to-chest-caution-1 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.
exercises-double-knee-to-chest-caution-2 = Hör auf, wenn der Schmerz ins Gesäß oder ins Bein ausstrahlt.
exercises-double-knee-to-chest-caution-3 = Hör auf, wenn du Taubheit oder Kribbeln in einem Bein oder Fuß spürst.

exercises-trunk-rotation-purpose = Dreht deinen unteren Rücken sanft, um Steifheit zu lösen.
exercises-trunk-rotation-step-1 = Leg dich auf den Rücken, die Knie gebeugt, die Füße flach und zusammen.
exercises-trunk-rotation-step-2 = Leg die Arme seitlich ab.
exercises-trunk-rotation-step-3 = Lass die Schultern unten und beide Knie langsam zu einer Seite sinken.
exercises-trunk-rotation-step-4 = Geh nur so weit, wie es leicht geht, dann bring die Knie zurück in die Mitte.
exercises-trunk-rotation-step-5 = Lass sie zur anderen Seite sinken. Jede Seite zählt als eins.
exercises-trunk-rotation-cue-1 = Beide Schultern bleiben auf dem Boden liegen.
exercises-trunk-rotation-cue-2 = Beweg dich langsam, wie ein Pendel.
exercises-trunk-rotation-cue-3 = An steifen Tagen reichen kleine Bewegungen.
exercises-trunk-rotation-caution-1 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.
exercises-trunk-rotation-caution-2 = Hör auf, wenn der Schmerz ins Gesäß oder ins Bein ausstrahlt.
exercises-trunk-rotation-caution-3 = Hör auf, wenn du Taubheit oder Kribbeln in einem Bein oder Fuß spürst.

exercises-open-book-purpose = Öffnet deine Brust und dreht sanft deinen Rücken, um Steifheit zu lösen.
exercises-open-book-step-1 = Leg dich auf die Seite, die Knie vorne angewinkelt, ein Kissen unter dem Kopf.
exercises-open-book-step-2 = Streck beide Arme auf Schulterhöhe nach vorne, die Handflächen aufeinander.
exercises-open-book-step-3 = Führ den oberen Arm in einem Bogen nach oben und hinüber und öffne die Brust zur Decke.
exercises-open-book-step-4 = Lass den Kopf der Hand folgen, dann bring den Arm zurück.
exercises-open-book-step-5 = Mach alle Wiederholungen, dann dreh dich um und wechsle die Seite.
exercises-open-book-cue-1 = Die Knie bleiben zusammen und auf dem Boden.
exercises-open-book-cue-2 = Atme beim Öffnen aus.
exercises-open-book-cue-3 = Dein Arm muss nicht den Boden erreichen; geh nur so weit, wie es leicht geht.
exercises-open-book-caution-1 = Hör auf, wenn deine Schulter schmerzt.
exercises-open-book-caution-2 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.
exercises-open-book-caution-3 = Hör auf, wenn der Schmerz ins Gesäß oder ins Bein ausstrahlt.

exercises-figure-four-purpose = Dehnt tief im Gesäß, was Spannung rund um den unteren Rücken lösen kann.
exercises-figure-four-step-1 = Leg dich auf den Rücken, die Knie gebeugt, die Füße flach.
exercises-figure-four-step-2 = Leg einen Knöchel über das gegenüberliegende Knie.
exercises-figure-four-step-3 = Fass mit beiden Händen hinter den Oberschenkel des unteren Beins.
exercises-figure-four-step-4 = Zieh diesen Oberschenkel sanft zur Brust, bis du eine Dehnung im Gesäß spürst.
exercises-figure-four-step-5 = Halte und atme langsam, dann leg das Bein ab und wechsle die Seite.
exercises-figure-four-cue-1 = Kopf und Schultern bleiben auf dem Boden liegen.
exercises-figure-four-cue-2 = Leg ein Handtuch um den Oberschenkel, wenn du ihn schwer erreichst.
exercises-figure-four-cue-3 = Zieh die Zehen des übergeschlagenen Fußes an, um dein Knie zu schützen.
exercises-figure-four-caution-1 = Hör auf, wenn dein Knie schmerzt.
exercises-figure-four-caution-2 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.
exercises-figure-four-caution-3 = Hör auf, wenn du Taubheit oder Kribbeln in einem Bein oder Fuß spürst.

exercises-seated-figure-four-purpose = Dehnt Gesäß und Hüfte im Sitzen auf dem Stuhl.
exercises-seated-figure-four-step-1 = Setz dich vorne auf einen stabilen Stuhl, die Füße flach.
exercises-seated-figure-four-step-2 = Leg einen Knöchel auf das gegenüberliegende Knie.
exercises-seated-figure-four-step-3 = Setz dich aufrecht hin und beug dich dann mit langem Rücken langsam aus der Hüfte nach vorne.
exercises-seated-figure-four-step-4 = Stopp, wenn du eine Dehnung im Gesäß spürst, und halte, während du langsam atmest.
exercises-seated-figure-four-step-5 = Richte dich auf, dann wechsle die Seite.
exercises-seated-figure-four-cue-1 = Führ mit der Brust, nicht mit dem Kopf.
exercises-seated-figure-four-cue-2 = Leg eine Hand locker auf das angehobene Knie.
exercises-seated-figure-four-cue-3 = Zieh die Zehen des übergeschlagenen Fußes an, um dein Knie zu schützen.
exercises-seated-figure-four-caution-1 = Hör auf, wenn dein Knie schmerzt.
exercises-seated-figure-four-caution-2 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.
exercises-seated-figure-four-caution-3 = Hör auf, wenn du Taubheit oder Kribbeln in einem Bein oder Fuß spürst.

exercises-hamstring-strap-purpose = Dehnt die Rückseite deiner Oberschenkel, die verspannt am unteren Rücken ziehen kann.
exercises-hamstring-strap-step-1 = Leg dich auf den Rücken, beide Knie gebeugt, die Füße flach.
exercises-hamstring-strap-step-2 = Leg einen Gurt, Gürtel oder ein Handtuch um die Sohle eines Fußes.
exercises-hamstring-strap-step-3 = Streck dieses Bein zur Decke und halte den Gurt mit beiden Händen.
exercises-hamstring-strap-step-4 = Stopp, wenn du eine sanfte Dehnung hinten im Oberschenkel spürst, und halte.
exercises-hamstring-strap-step-5 = Leg das Bein ab, dann wechsle die Seite.
exercises-hamstring-strap-cue-1 = Der andere Fuß bleibt flach auf dem Boden.
exercises-hamstring-strap-cue-2 = Das angehobene Knie darf leicht gebeugt sein.
exercises-hamstring-strap-cue-3 = Kopf und Schultern bleiben entspannt auf dem Boden.
exercises-hamstring-strap-caution-1 = Hör auf, wenn du ein Kribbeln oder einen ziehenden Schmerz in der Kniekehle oder bis in den Fuß spürst.
exercises-hamstring-strap-caution-2 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.
exercises-hamstring-strap-caution-3 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.

exercises-seated-hamstring-purpose = Dehnt die Rückseite deiner Oberschenkel im Sitzen auf dem Stuhl.
exercises-seated-hamstring-step-1 = Setz dich vorne auf einen stabilen Stuhl.
exercises-seated-hamstring-step-2 = Streck ein Bein vor dir aus, die Ferse auf dem Boden, die Zehen zeigen nach oben.
exercises-seated-hamstring-step-3 = Halte den Rücken lang und beug dich aus der Hüfte nach vorne, bis du eine Dehnung spürst.
exercises-seated-hamstring-step-4 = Halte und atme dabei langsam.
exercises-seated-hamstring-step-5 = Richte dich auf, dann wechsle das Bein.
exercises-seated-hamstring-cue-1 = Führ mit der Brust, nicht mit dem Kopf.
exercises-seated-hamstring-cue-2 = Der andere Fuß bleibt flach auf dem Boden.
exercises-seated-hamstring-cue-3 = Halt dich an der Sitzfläche fest, wenn du dich wackelig fühlst.
exercises-seated-hamstring-caution-1 = Hör auf, wenn du ein Kribbeln oder einen ziehenden Schmerz in der Kniekehle oder bis in den Fuß spürst.
exercises-seated-hamstring-caution-2 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.
exercises-seated-hamstring-caution-3 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.

exercises-hip-flexor-kneeling-purpose = Dehnt die Vorderseite deiner Hüfte, die bei viel Sitzen verkürzt.
exercises-hip-flexor-kneeling-step-1 = Knie dich auf ein Knie, den anderen Fuß flach vor dir, beide Knie etwa im rechten Winkel.
exercises-hip-flexor-kneeling-step-2 = Leg ein gefaltetes Handtuch oder Kissen unter das hintere Knie.
exercises-hip-flexor-kneeling-step-3 = Kipp das Steißbein etwas nach unten und spann das Gesäß des hinteren Beins an.
exercises-hip-flexor-kneeling-step-4 = Verlagere dein Gewicht langsam nach vorne, bis du vorne an der hinteren Hüfte eine Dehnung spürst.
exercises-hip-flexor-kneeling-step-5 = Halte und atme langsam, dann wechsle die Seite.
exercises-hip-flexor-kneeling-cue-1 = Bleib aufrecht; lehn dich nicht zurück und mach kein Hohlkreuz.
exercises-hip-flexor-kneeling-cue-2 = Halt dich an einem Stuhl oder einer Wand fest, wenn du Hilfe beim Gleichgewicht brauchst.
exercises-hip-flexor-kneeling-cue-3 = Ein kleines Verlagern nach vorne reicht.
exercises-hip-flexor-kneeling-caution-1 = Hör auf, wenn dein kniendes Knie schmerzt, auch mit Polster.
exercises-hip-flexor-kneeling-caution-2 = Hör auf, wenn du ein Zwicken im unteren Rücken spürst.
exercises-hip-flexor-kneeling-caution-3 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.

exercises-hip-flexor-standing-purpose = Dehnt die Vorderseite deiner Hüfte im Stehen, mit einem Stuhl fürs Gleichgewicht.
exercises-hip-flexor-standing-step-1 = Stell dich neben die Lehne eines stabilen Stuhls und leg eine Hand darauf.
exercises-hip-flexor-standing-step-2 = Mach mit einem Fuß einen großen Schritt nach hinten, beide Füße zeigen nach vorne.
exercises-hip-flexor-standing-step-3 = Kipp das Steißbein etwas nach unten und spann das Gesäß des hinteren Beins an.
exercises-hip-flexor-standing-step-4 = Beug langsam das vordere Knie, bis du vorne an der hinteren Hüfte eine Dehnung spürst.
exercises-hip-flexor-standing-step-5 = Halte und atme langsam, dann dreh dich um und wechsle die Seite.
exercises-hip-flexor-standing-cue-1 = Steh aufrecht; lehn dich nicht zurück und mach kein Hohlkreuz.
exercises-hip-flexor-standing-cue-2 = Lass die hintere Ferse ruhig abheben, wenn das leichter ist.
exercises-hip-flexor-standing-cue-3 = Das vordere Knie bleibt über dem Knöchel.
exercises-hip-flexor-standing-caution-1 = Hör auf, wenn du ein Zwicken im unteren Rücken spürst.
exercises-hip-flexor-standing-caution-2 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.
exercises-hip-flexor-standing-caution-3 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.

exercises-sphinx-purpose = Eine sanfte Rückbeuge auf den Ellbogen, die viele schmerzende Rücken als wohltuend empfinden.
exercises-sphinx-step-1 = Leg dich auf den Bauch, die Stirn auf den Händen.
exercises-sphinx-step-2 = Schieb die Ellbogen unter die Schultern und stütz dich auf die Unterarme.
exercises-sphinx-step-3 = Hüfte und Bauch bleiben entspannt auf dem Boden.
exercises-sphinx-step-4 = Halte und atme langsam, dann leg dich wieder ab.
exercises-sphinx-cue-1 = Zieh die Schultern nach unten, weg von den Ohren.
exercises-sphinx-cue-2 = Lass den unteren Rücken locker; drück nicht.
exercises-sphinx-cue-3 = Leg dich sofort wieder ab, wenn es sich nicht gut anfühlt.
exercises-sphinx-caution-1 = Hör auf, wenn der Schmerz ins Gesäß oder ins Bein wandert.
exercises-sphinx-caution-2 = Hör auf, wenn der Schmerz beim Halten stärker wird.
exercises-sphinx-caution-3 = Hör auf, wenn du Taubheit oder Kribbeln in einem Bein oder Fuß spürst.

exercises-press-up-purpose = Beugt deinen Rücken sanft nach hinten, was bei manchen Menschen Schmerzen lindert.
exercises-press-up-step-1 = Leg dich auf den Bauch, die Hände flach unter den Schultern auf dem Boden.
exercises-press-up-step-2 = Lass Hüfte und Beine entspannt auf dem Boden liegen.
exercises-press-up-step-3 = Streck langsam die Arme und heb so die Brust, nur so weit, wie es sich gut anfühlt.
exercises-press-up-step-4 = Halte kurz, dann senk dich langsam wieder ab.
exercises-press-up-cue-1 = Lass die Arme die Arbeit machen, während der untere Rücken locker bleibt.
exercises-press-up-cue-2 = Die Hüfte bleibt auf dem Boden.
exercises-press-up-cue-3 = Geh nur dann jedes Mal etwas höher, wenn es sich gut anfühlt.
exercises-press-up-caution-1 = Hör auf, wenn der Schmerz ins Gesäß oder ins Bein wandert.
exercises-press-up-caution-2 = Hör auf, wenn der Schmerz mit jeder Wiederholung stärker wird.
exercises-press-up-caution-3 = Hör auf, wenn du Taubheit oder Kribbeln in einem Bein oder Fuß spürst.

exercises-standing-extension-purpose = Eine kleine Rückbeuge für überall, praktisch nach langem Sitzen.
exercises-standing-extension-step-1 = Stell dich aufrecht hin, die Füße hüftbreit auseinander.
exercises-standing-extension-step-2 = Leg die Hände hinten auf die Hüfte, die Finger zeigen nach unten.
exercises-standing-extension-step-3 = Lehn dich langsam ein wenig nach hinten und lass dich von den Händen stützen.
exercises-standing-extension-step-4 = Halte kurz, dann richte dich wieder auf.
exercises-standing-extension-cue-1 = Lass die Knie gestreckt und schau geradeaus, nicht nach oben.
exercises-standing-extension-cue-2 = Ein kleines Zurücklehnen reicht völlig.
exercises-standing-extension-cue-3 = Atme aus, während du dich zurücklehnst.
exercises-standing-extension-caution-1 = Hör auf, wenn der Schmerz ins Gesäß oder ins Bein wandert.
exercises-standing-extension-caution-2 = Hör auf, wenn dir schwindelig wird oder du unsicher stehst.
exercises-standing-extension-caution-3 = Hör auf, wenn der Schmerz mit jedem Zurücklehnen stärker wird.

exercises-walking-purpose = Ein gemütlicher Spaziergang bringt deinen Kreislauf in Schwung und gehört zum Besten, was du für einen schmerzenden Rücken tun kannst.
exercises-walking-step-1 = Geh die ersten paar Minuten langsam, damit dein Körper warm wird.
exercises-walking-step-2 = Finde ein lockeres Tempo, bei dem du dich noch unterhalten kannst.
exercises-walking-step-3 = Geh aufrecht, lass die Schultern locker und die Arme mitschwingen.
exercises-walking-step-4 = Geh in den letzten paar Minuten langsamer, um abzukühlen.
exercises-walking-step-5 = Trag ein, wie es war, wenn du zurück bist.
exercises-walking-cue-1 = Flacher, ebener Boden ist an schlechten Tagen am leichtesten.
exercises-walking-cue-2 = Zwei kurze Spaziergänge sind in Ordnung, wenn ein langer zu viel ist.
exercises-walking-cue-3 = Bequeme Schuhe mit gutem Halt helfen.
exercises-walking-caution-1 = Hör auf, wenn der Schmerz beim Gehen ins Bein ausstrahlt.
exercises-walking-caution-2 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.
exercises-walking-caution-3 = Hör auf, wenn du Taubheit oder Kribbeln in einem Bein oder Fuß spürst.

exercises-cycling-purpose = Radeln auf dem Heimtrainer stärkt deine Ausdauer, ohne deinen Rücken zu erschüttern.
exercises-cycling-step-1 = Stell den Sattel so ein, dass dein Knie am tiefsten Punkt jeder Pedalumdrehung nur leicht gebeugt ist.
exercises-cycling-step-2 = Tritt die ersten paar Minuten langsam, mit wenig oder keinem Widerstand.
exercises-cycling-step-3 = Finde ein lockeres Tempo, bei dem du dich noch unterhalten kannst.
exercises-cycling-step-4 = Lass es in den letzten paar Minuten ruhiger angehen, um abzukühlen.
exercises-cycling-step-5 = Trag ein, wie es war, wenn du fertig bist.
exercises-cycling-cue-1 = Sitz aufrecht, statt dich über den Lenker zu beugen.
exercises-cycling-cue-2 = Halte den Widerstand niedrig.
exercises-cycling-cue-3 = Ein Rad mit Rückenlehne kann an schlechten Tagen angenehmer sein.
exercises-cycling-caution-1 = Hör auf, wenn der Schmerz beim Treten ins Bein ausstrahlt.
exercises-cycling-caution-2 = Hör auf, wenn dein Schmerz über etwa 5 von 10 steigt.
exercises-cycling-caution-3 = Hör auf, wenn du Taubheit oder Kribbeln in einem Bein oder Fuß spürst.

exercises-swimming-purpose = Das Wasser trägt dein Gewicht, so kannst du dich frei bewegen und deine Ausdauer stärken.
exercises-swimming-step-1 = Wärm dich ein paar Minuten mit langsamem Schwimmen oder Gehen im flachen Bereich auf.
exercises-swimming-step-2 = Schwimm in einem lockeren Tempo, bei dem du dich am Ende einer Bahn noch unterhalten könntest.
exercises-swimming-step-3 = Wähl eine Schwimmart, die sich angenehm anfühlt, und ruh dich am Beckenrand aus, wann immer du willst.
exercises-swimming-step-4 = Schwimm zum Abkühlen zum Schluss ein paar Minuten langsam und locker.
exercises-swimming-step-5 = Trag ein, wie es war, wenn du zurück bist.
exercises-swimming-cue-1 = Rückenschwimmen und Kraulen halten deinen Rücken in einer natürlichen Linie.
exercises-swimming-cue-2 = Wenn dich Brustschwimmen ins Hohlkreuz bringt, wechsle die Schwimmart oder nimm ein Schwimmbrett.
exercises-swimming-cue-3 = Ruh dich so oft aus, wie du brauchst.
exercises-swimming-caution-1 = Hör auf, wenn eine Schwimmart deinen Schmerz verstärkt.
exercises-swimming-caution-2 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.
exercises-swimming-caution-3 = Hör auf, wenn du Taubheit oder Kribbeln in einem Bein oder Fuß spürst.

exercises-water-aerobics-purpose = Sanfte Bewegung im Wasser, das deinen Rücken dabei entlastet.
exercises-water-aerobics-step-1 = Stell dich ins Wasser, zwischen hüft- und brusttief.
exercises-water-aerobics-step-2 = Wärm dich ein paar Minuten auf, indem du langsam auf der Stelle marschierst.
exercises-water-aerobics-step-3 = Marschier in lockerem Tempo weiter, heb die Knie und schwing die Arme.
exercises-water-aerobics-step-4 = Nimm andere sanfte Bewegungen dazu, die dir Spaß machen, etwa Seitschritte oder vor und zurück gehen.
exercises-water-aerobics-step-5 = Werde in den letzten paar Minuten langsamer, um abzukühlen.
exercises-water-aerobics-step-6 = Trag ein, wie es war, wenn du aus dem Wasser bist.
exercises-water-aerobics-cue-1 = Ein Kurs ist schöne Gesellschaft; geh dabei dein eigenes Tempo.
exercises-water-aerobics-cue-2 = Lass Sprünge oder Drehungen weg, die sich nicht gut anfühlen.
exercises-water-aerobics-cue-3 = Du solltest dich beim Bewegen noch unterhalten können.
exercises-water-aerobics-caution-1 = Hör auf, wenn eine Bewegung deinen Schmerz verstärkt.
exercises-water-aerobics-caution-2 = Hör auf, wenn der Schmerz ins Bein ausstrahlt.
exercises-water-aerobics-caution-3 = Hör auf, wenn du Taubheit oder Kribbeln in einem Bein oder Fuß spürst.
