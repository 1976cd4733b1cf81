### Deutsch. Entspannung: geführte Atem- und Entspannungseinheiten als getaktete, gesprochene
### Schritte (die Zeiten stehen in calm.json), und die Bildschirme darum herum. Die Person hat
### vielleicht Schmerzen, einen schweren Moment oder liegt im Bett: ruhig, warm, schlicht, kurz.
### Keine Fragen zum Schmerz, kein Zählen von Wiederholungen.

## Die Bildschirme zur Entspannung

calm-list-title = Entspannung
calm-list-lead = Geführtes Atmen und Entspannen, Schritt für Schritt gesprochen. Such dir einen bequemen Platz, tipp auf „Starten“ und hör zu.
# Warum es die Einheiten gibt, klein unter der Einleitung.
calm-list-why = Schmerz und Stress verstärken sich gegenseitig. Ein paar ruhige Minuten können helfen, diesen Kreislauf zu durchbrechen.
# Neben einer Einheit in der Liste: wie lange sie dauert, auf ganze Minuten gerundet.
# Variablen:
#   $minutes (Number) - die Länge der Einheit in Minuten
calm-minutes = Etwa { $minutes } Min.
# Variables:
#   $minutes (String) - the length, as calm-minutes says it
#   $position (String) - the position, as calm-position-* says it
calm-meta = { $minutes } · { $position }
# Neben einer Einheit in der Liste: in welcher Position sie gemacht wird.
calm-position-lying = Im Liegen
calm-position-sitting = Im Sitzen
# Die Einheit geht im Sitzen, Liegen oder Stehen.
calm-position-any = In jeder Position
# Eine Überschrift über der Zeile, wann eine Einheit hilft.
calm-when-heading = Wann es hilft
calm-back = ‹ Entspannung
calm-start = Starten
calm-pause = Pausieren
calm-resume = Weiter
# Beendet eine Einheit vor ihrem letzten Schritt.
calm-stop = Beenden
calm-sound-hint = Stell den Ton lauter oder nimm Kopfhörer. Die Stimme führt dich, du kannst also die Augen schließen.
# Erscheint statt der Stimme, wenn das Handy keine Stimme für die Sprache der Person hat.
calm-no-voice = Dieses Handy hat keine Stimme für deine Sprache. Deshalb erscheint hier jeder Schritt als Text, einer nach dem anderen.
# Für Screenreader: wo die Person in einer Einheit gerade ist.
# Variablen:
#   $number (Number) - welcher Schritt gerade gesprochen wird, ab 1
#   $total (Number) - wie viele Schritte die Einheit hat
calm-step-of = Schritt { $number } von { $total }
calm-done-title = Fürs Erste geschafft
calm-done-text = Lass dir Zeit, bevor du dich bewegst. Du kannst jederzeit zu diesen Einheiten zurückkommen, wenn du sie brauchst.
calm-again = Noch einmal starten
calm-done-back = Zurück zur Entspannung
# Auf der Seite zum Schub, über dem Link zur Einheit zum langsamen Atmen.
calm-flare-hint = Wenn es schwerfällt, zur Ruhe zu kommen, können ein paar Minuten langsames Atmen helfen.

## Die Einheiten. Für jede: ein Titel (höchstens 32 Zeichen), eine Zusammenfassung in einem Satz
## (ohne Zahlen: die App zeigt die Minuten), wann sie hilft, dann die Schritte, die die Stimme des
## Handys spricht, einer nach dem anderen, mit Stille dazwischen. Die Schritte sind fürs Ohr
## geschrieben: kurze Sätze, keine Zeichen, keine Klammern, keine Abkürzungen, Zahlen als Wörter.
## Ein Schritt soll etwa so lange dauern wie der englische, denn die Stille danach ist getaktet.

## Langsam atmen im schweren Moment: geführte Atemzüge, etwa vier Sekunden ein und sechs aus,
## dann derselbe Rhythmus allein. In jeder Position.
calm-breathe-bad-moment-title = Langsam atmen im schweren Moment
calm-breathe-bad-moment-summary = Ein paar Minuten ruhiges, gleichmäßiges Atmen, das dir durch einen Moment hilft, in dem Schmerz oder Sorge dich packen.
calm-breathe-bad-moment-when = Wenn der Schmerz plötzlich stärker wird oder du angespannt und unruhig bist.
calm-breathe-bad-moment-step-1 = Das geht im Sitzen, Liegen oder Stehen, wo immer du gerade bist. Atme in den nächsten Minuten einfach mit der Stimme mit.
calm-breathe-bad-moment-step-2 = Wenn es geht, lass die Schultern ein wenig sinken und leg die Hände bequem ab. Eine Hand kann auf deinem Bauch liegen, direkt unter den Rippen.
calm-breathe-bad-moment-step-3 = Atme sanft durch die Nase ein und spür, wie sich dein Bauch hebt.
# Ein Bild für langsames, sanftes Ausatmen; hier: sanft über heißen Tee pusten.
calm-breathe-bad-moment-step-4 = Atme jetzt langsam durch weiche Lippen aus, als wolltest du heißen Tee kühlen.
# Langsam zählen: Beim Einatmen zählt die Person still bis vier.
calm-breathe-bad-moment-step-5 = Atme wieder sanft ein und zähl dabei langsam bis vier.
calm-breathe-bad-moment-step-6 = Und aus, langsam bis sechs.
calm-breathe-bad-moment-step-7 = Ein, ganz sanft.
calm-breathe-bad-moment-step-8 = Und aus, lang und langsam, ganz aus.
# Beim Einatmen bis vier zählen, beim Ausatmen bis sechs.
calm-breathe-bad-moment-step-9 = Mach in diesem Rhythmus allein weiter: ein bis vier, und aus bis sechs.
calm-breathe-bad-moment-step-10 = Wenn dir irgendwann schwindlig wird, atme einfach eine Weile wieder normal. Du kannst hier nichts falsch machen.
calm-breathe-bad-moment-step-11 = Ein langes Ausatmen hilft deinem Körper, zur Ruhe zu kommen. Schmerz kommt oft in Wellen, und Wellen gehen vorbei. Lass Kiefer und Schultern beim Ausatmen weich werden.
calm-breathe-bad-moment-step-12 = Wenn du immer wieder an den Schmerz denkst, ist das in Ordnung. Bemerk es und kehr sanft zurück zum langsamen Ausatmen.
calm-breathe-bad-moment-step-13 = Lass den Atem jetzt wieder frei und leicht fließen.
calm-breathe-bad-moment-step-14 = Wenn du so weit bist, wechsle die Haltung oder geh ein paar lockere Schritte. Du kannst jederzeit hierher zurückkommen, wenn du es brauchst.

## Eine Körperreise: Die Aufmerksamkeit wandert langsam von den Füßen zum Kopf. Im Liegen oder Sitzen.
calm-body-scan-title = Sanfte Körperreise
calm-body-scan-summary = Eine längere, ruhige Einheit, die deine Aufmerksamkeit von den Füßen bis zum Kopf führt, damit du Anspannung bemerkst und sie nachlassen kann.
calm-body-scan-when = Immer, wenn du eine ruhige Zeit hast und abschalten möchtest.
calm-body-scan-step-1 = Das ist eine Körperreise. Du wanderst mit deiner Aufmerksamkeit langsam durch deinen Körper, von den Füßen bis zum Kopf.
calm-body-scan-step-2 = Such dir eine bequeme Haltung, im Liegen oder im Sitzen, gut gestützt. Schließ die Augen, oder lass deinen Blick auf einem Punkt ruhen.
calm-body-scan-step-3 = Du musst nichts in Ordnung bringen und nichts richtig machen. Du nimmst nur wahr, so wie du das Wetter wahrnimmst.
calm-body-scan-step-4 = Atme ein paarmal langsam, etwas länger aus als ein. Spür, wie das Bett, der Boden oder der Stuhl dein Gewicht trägt.
calm-body-scan-step-5 = Richte deine Aufmerksamkeit auf deine Füße. Nimm wahr, was da ist: Wärme oder Kühle, Socken oder eine Decke auf der Haut, oder vielleicht kaum etwas.
calm-body-scan-step-6 = Jetzt deine Knöchel und Unterschenkel. Wenn du Spannung bemerkst, musst du nichts daran ändern. Lass deine Aufmerksamkeit einfach eine Weile dort ruhen.
calm-body-scan-step-7 = Weiter zu den Knien, dann zu den Oberschenkeln. Spür, wie schwer deine Beine dort ruhen.
calm-body-scan-step-8 = Wenn deine Gedanken abschweifen, ist das normal. Sobald du es bemerkst, kehr sanft dorthin zurück, wo du warst.
calm-body-scan-step-9 = Jetzt deine Hüften und dein Gesäß. Lass sie von dem tragen, was unter dir ist.
calm-body-scan-step-10 = Jetzt dein unterer Rücken. Wenn er wehtut, nimm wahr, wo der Schmerz sitzt und wo er aufhört.
calm-body-scan-step-11 = Nimm die Stellen drumherum wahr, die sich leichter anfühlen. Schau, ob das Gefühl gleich bleibt oder sich von Moment zu Moment ein wenig verändert.
calm-body-scan-step-12 = Wenn dein Rücken angespannt ist, stell dir vor, wie jedes Ausatmen hineinströmt und ihn ein wenig weicher macht. Wenn sich nichts ändert, ist das auch in Ordnung.
calm-body-scan-step-13 = Jetzt dein Bauch. Spür, wie er sich beim Einatmen sanft hebt und beim Ausatmen senkt.
calm-body-scan-step-14 = Weiter zu Brust und oberem Rücken. Spür, wie deine Rippen beim Atmen weiter und enger werden.
calm-body-scan-step-15 = Jetzt die Hände. Spür Finger und Handflächen, dann Unterarme, Ellbogen und Oberarme. Lass die Arme schwer werden.
calm-body-scan-step-16 = Jetzt deine Schultern. Hier versteckt sich oft Anspannung. Lass sie ein wenig tiefer sinken, weg von den Ohren.
calm-body-scan-step-17 = Dein Nacken und dein Hinterkopf. Lass deinen Kopf ganz getragen sein.
calm-body-scan-step-18 = Jetzt dein Gesicht. Lass die Stirn weich werden, auch zwischen den Augenbrauen. Lockere den Kiefer, die Zähne dürfen sich leicht lösen.
calm-body-scan-step-19 = Nimm jetzt deinen ganzen Körper auf einmal wahr, von den Füßen bis zum Scheitel, und atme sanft.
calm-body-scan-step-20 = Bring langsam wieder etwas Bewegung zurück. Beweg Finger und Zehen und atme einmal tiefer.
calm-body-scan-step-21 = Wenn du so weit bist, öffne die Augen. Steh langsam auf und nimm dieses ruhige Gefühl mit.

## Muskelentspannung im Liegen: sanftes Anspannen (etwa halbe Kraft) von Händen, Armen,
## Schultern, Gesicht, Füßen, Unterschenkeln und Oberschenkeln, jeweils kurz gehalten, dann
## losgelassen. Rücken und Bauch werden nie angespannt.
calm-muscle-relax-title = Muskelentspannung im Liegen
calm-muscle-relax-summary = Eine längere Einheit im Liegen: Du spannst nacheinander einzelne Körperteile sanft an, lässt dann los und spürst, wie sie sich entspannen.
calm-muscle-relax-when = Wenn sich dein Körper verspannt anfühlt und du dich eine Weile hinlegen kannst.
calm-muscle-relax-step-1 = Diese Einheit hilft dir, Anspannung loszulassen. Du spannst jeweils einen Teil deines Körpers ein wenig an, lässt dann los und spürst den Unterschied.
# Entlastende Haltungen, wie die Seite zum Schub sie beschreibt.
calm-muscle-relax-step-2 = Leg dich auf den Rücken, die Knie gebeugt über ein oder zwei Kissen, oder auf die Seite mit einem Kissen zwischen den Knien. Nimm dir Zeit, bequem zu liegen.
calm-muscle-relax-step-3 = Spann jedes Mal nur sanft an, etwa halb so stark, wie du könntest. Atme weiter, während du hältst.
calm-muscle-relax-step-4 = Wenn das Anspannen wehtut, lass es weg und ruh dich aus. Dein Rücken muss hier nichts tun. Lass Bett oder Boden sein Gewicht tragen.
calm-muscle-relax-step-5 = Atme erst ein paarmal langsam, etwas länger aus als ein.
calm-muscle-relax-step-6 = Beginn mit den Händen. Mach sanft Fäuste und spür die Spannung. Halten.
calm-muscle-relax-step-7 = Und loslassen. Lass die Finger sich öffnen und weich werden. Spür den Unterschied.
calm-muscle-relax-step-8 = Beug jetzt die Ellbogen ein wenig und spann sanft die Muskeln deiner Oberarme an. Halten.
calm-muscle-relax-step-9 = Und lösen. Lass deine Arme schwer neben dir liegen.
calm-muscle-relax-step-10 = Zieh jetzt die Schultern ein wenig zu den Ohren hoch. Halte sie dort.
calm-muscle-relax-step-11 = Und lass sie fallen. Spür, wie sie tiefer und breiter werden.
calm-muscle-relax-step-12 = Verzieh jetzt sanft dein Gesicht. Kneif die Augen zu und press die Lippen aufeinander. Halten.
calm-muscle-relax-step-13 = Und loslassen. Lass die Stirn glatt werden, die Augen weich und den Kiefer locker hängen.
calm-muscle-relax-step-14 = Atme langsam. Spür, wie sich Hände, Arme, Schultern und Gesicht anfühlen.
calm-muscle-relax-step-15 = Die Füße. Krall sanft die Zehen ein. Halten.
calm-muscle-relax-step-16 = Und lösen. Die Zehen spreizen sich und ruhen.
calm-muscle-relax-step-17 = Zieh die Zehen zum Schienbein. Spür, wie sich die Unterschenkel vorne anspannen. Halten.
calm-muscle-relax-step-18 = Und lösen. Lass deine Füße schwer liegen.
# In Rückenlage drücken sich die Knie aneinander, in Seitenlage drücken sie das Kissen zusammen.
calm-muscle-relax-step-19 = Drück jetzt die Knie sanft gegeneinander, oder drück das Kissen zwischen ihnen zusammen. Halten.
calm-muscle-relax-step-20 = Und loslassen. Die Beine werden locker und schwer.
calm-muscle-relax-step-21 = Rücken und Bauch musst du nicht anspannen. Spür nur, wie dein Rücken ruht, und lass ihn mit jedem Ausatmen ein wenig weicher werden.
calm-muscle-relax-step-22 = Jetzt noch eine Runde, mit noch weniger Kraft. Mach lockere Fäuste, so leicht, dass du es kaum spürst. Halten.
calm-muscle-relax-step-23 = Loslassen.
calm-muscle-relax-step-24 = Heb die Schultern, nur ein winziges Stück. Halten.
calm-muscle-relax-step-25 = Und lass sie fallen.
calm-muscle-relax-step-26 = Krall die Zehen ein, ganz leicht. Halten.
calm-muscle-relax-step-27 = Und lösen.
calm-muscle-relax-step-28 = Ruh dich jetzt aus. Spür deinen ganzen Körper, schwer und getragen, von den Füßen bis zum Kopf.
calm-muscle-relax-step-29 = Wenn du noch irgendwo Anspannung findest, atme aus und lass sie los.
calm-muscle-relax-step-30 = Bleib noch ein wenig in dieser Stille.
calm-muscle-relax-step-31 = Weck deinen Körper langsam wieder auf. Beweg Finger und Zehen und atme einmal tiefer.
calm-muscle-relax-step-32 = Wenn du im Bett liegst, kannst du einfach liegen bleiben und ruhen. Zum Aufstehen roll dich zuerst auf die Seite und drück dich dann langsam mit den Armen hoch.

## Zur Ruhe kommen vor dem Schlafen, im Bett: Atmen, weich werden, Gedanken ziehen lassen,
## Atemzüge zählen, ein ruhiger Ort. Die Einheit endet leise, ohne Ton nach dem letzten Schritt.
calm-wind-down-title = Zur Ruhe kommen vor dem Schlafen
calm-wind-down-summary = Eine längere, ruhige Einheit im Bett, die deinen Atem verlangsamt, deinen Körper lockert und dir hilft, den Tag vor dem Schlafen loszulassen.
calm-wind-down-when = Im Bett, wenn das Licht aus ist und du bereit bist zu schlafen.
calm-wind-down-step-1 = Das ist ein ruhiger Weg, am Ende des Tages zur Ruhe zu kommen. Mach es dir im Bett in einer Haltung bequem, die deinem Rücken guttut.
calm-wind-down-step-2 = Du kannst auf dem Rücken liegen, ein Kissen unter den Knien, oder auf der Seite, ein Kissen zwischen den Knien. Nimm so viele Kissen, wie dir helfen.
calm-wind-down-step-3 = Lass das Bett dein ganzes Gewicht tragen. Heute gibt es nichts mehr zu tun.
calm-wind-down-step-4 = Atme sanft ein und etwas langsamer wieder aus. Lass jedes Ausatmen weich und leicht sein.
calm-wind-down-step-5 = Lass mit jedem Ausatmen ein bisschen vom Tag los.
calm-wind-down-step-6 = Lass deine Stirn glatt werden, deine Augen schwer und deinen Kiefer locker.
calm-wind-down-step-7 = Lass deine Schultern ins Kissen sinken und deine Arme schwer werden.
calm-wind-down-step-8 = Lass deinen Rücken ruhen. Lass Hüften und Beine in die Matratze sinken.
calm-wind-down-step-9 = Lass die Füße warm und still sein.
calm-wind-down-step-10 = Nachts, wenn alles still ist, kann sich Schmerz lauter anfühlen. Du musst nicht gegen ihn ankämpfen. Lass ihn da sein und atme weiter langsam.
# Ein Bild für Gedanken, die vorbeiziehen; hier: Wolken.
calm-wind-down-step-11 = Vielleicht kommen Gedanken an heute oder morgen. Das ist normal. Nimm sie wahr und lass sie vorbeiziehen wie Wolken.
# Ein Bild dafür, eine Sorge bis zum Morgen beiseitezulegen; hier: eine Schublade.
calm-wind-down-step-12 = Wenn du an etwas denken musst, stell dir vor, du legst es bis morgen früh in eine Schublade.
# Die Person zählt still rückwärts, eine Zahl bei jedem Ausatmen, von zehn bis eins.
calm-wind-down-step-13 = Zähl jetzt deine Atemzüge rückwärts von zehn. Sag beim Ausatmen still zu dir: zehn.
calm-wind-down-step-14 = Zähl weiter rückwärts, eine Zahl bei jedem Ausatmen. Wenn du dich verzählst, fang einfach wieder bei zehn an.
calm-wind-down-step-15 = Lass die Zahlen jetzt los, egal, bei welcher du bist. Stell dir einen Ort vor, an dem du dich ruhig und sicher fühlst. Nimm wahr, was du dort siehst und was du hörst.
calm-wind-down-step-16 = Ruh dich dort aus. Wenn der Schlaf kommt, lass ihn kommen. Wenn nicht, tut ruhiges Liegen deinem Körper trotzdem gut.
calm-wind-down-step-17 = Es gibt nichts mehr zu tun. Bleib, so lange du magst. Gute Nacht.

## Around the sessions

# Variables:
#   $title (String) - the session's title
#   $minutes (Number) - how long it was listened to, in whole minutes
calm-done-line = { $title }, { $minutes } Min.
# Variables:
#   $minutes (Number) - the session's length in whole minutes
calm-today-rest = Ruhetag: { $minutes } ruhige Minuten
# Variables:
#   $minutes (Number) - the session's length in whole minutes
calm-today-flare = Etwas Ruhiges zum Ausprobieren, { $minutes } Min.
calm-paused = Pausiert
calm-goodnight = Gute Nacht. Schlaf gut.
