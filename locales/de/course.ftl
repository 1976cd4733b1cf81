### Deutsch: der Kurs, sechs Themen in sechs Wochen. Jede Lektion: Titel (höchstens 40
### Zeichen), eine Kernbotschaft, 2 bis 4 kurze Absätze, manchmal Punkte, ein Alltagsbeispiel,
### eine Sache zum Ausprobieren und eine Frage. Wissensfragen haben drei Antworten in fester
### Reihenfolge (nie umstellen) und zwei Rückmeldungen (-right, -not-quite); Fragen zum
### Nachdenken haben ein Textfeld. Ruhig, schlicht, kurz; Zahlen und Fakten genau wie im
### Englischen. Die Personen in den Beispielen sind erfunden.

## Die Themen

course-theme-1-title = Rückenschmerz verstehen
course-theme-1-summary = Schmerz ist der Beschützer deines Körpers, kein Maß für Schaden, und seine Lautstärke lässt sich herunterdrehen.
course-theme-2-title = Rückenmythen und Bildgebung
course-theme-2-summary = Viele verbreitete Annahmen über Haltung, Heben, Bandscheiben, Schonung und Aufnahmen vom Rücken stimmen nicht, und das ist eine gute Nachricht für deinen Rücken.
course-theme-3-title = Mit Zuversicht in Bewegung
course-theme-3-summary = Ein gleichmäßiges Tempo und kleine, geplante Schritte helfen dir, wieder zu den Dingen zurückzufinden, die du vermieden hast.

## Lektion: Rückenschmerzen sind häufig (Frage zum Nachdenken)
course-pain-common-key = Rückenschmerzen sind sehr häufig, und bei den meisten Menschen sind sie kein Zeichen für einen ernsten Schaden. Sie zu verstehen, gehört wirklich zum Gesundwerden dazu.
course-pain-common-p-1 = Bis zu 8 von 10 Menschen haben irgendwann im Leben Rückenschmerzen. Wenn dein Rücken gerade wehtut, bist du also in guter Gesellschaft.
course-pain-common-p-2 = Die meisten Rückenschmerzen haben gewöhnliche Ursachen, etwa einen gezerrten Muskel oder ein gezerrtes Band, ein steifes Gelenk oder lange dieselbe Haltung. Sie können stark wehtun, auch wenn nichts Ernstes dahintersteckt. Die Lektionen dieser Woche erklären, warum.
course-pain-common-p-3 = Über deinen Schmerz Bescheid zu wissen, ist mehr als nur interessant. In einer großen Studie konnten Menschen mit anhaltenden Rückenschmerzen, die gelernt hatten, wie ihr Schmerz funktioniert, und geübt hatten, sich mit Zuversicht zu bewegen, im Alltag mehr tun als Menschen mit der üblichen Behandlung. Der Unterschied war auch 3 Jahre später noch da.
course-pain-common-p-4 = Jede Lektion dauert etwa 3 Minuten und endet mit einer kleinen Sache, die du in dieser Woche ausprobieren kannst.
course-pain-common-example = Jonas dachte, er sei bei der Arbeit der Einzige mit Rückenproblemen. Als er davon erzählte, sagten 3 Leute aus seinem Team, dass sie das auch schon durchgemacht hatten, und alle taten längst wieder, was ihnen Freude macht.
course-pain-common-try = Denk an eine alltägliche Sache, die dir dein Rücken gerade schwerer macht. Bewerte, wie gut sie heute klappt, von 0 (gar nicht) bis 10 (so gut wie immer), und schreib die Zahl zu deiner Antwort unten.
course-pain-common-question = Welche alltägliche Sache möchtest du in 6 Wochen leichter tun können?

## Lektion: Schmerz ist ein Alarm (Wissensfrage: Option 2 ist richtig; Reihenfolge der Optionen nicht ändern)
course-pain-alarm-title = Schmerz: ein Alarm, kein Schadensmesser
course-pain-alarm-key = Schmerz ist der Beschützer deines Körpers. Er sagt dir, dass du aufpassen sollst, aber wie stark es wehtut, zeigt nicht, wie viel Schaden da ist.
course-pain-alarm-p-1 = Dein Nervensystem erzeugt Schmerz, um dich zu schützen. Wenn es eine mögliche Gefahr wahrnimmt, schlägt es Alarm, damit du innehältst und aufpasst.
course-pain-alarm-p-2 = Wie jeder Alarm kann er laut sein, auch wenn die Gefahr klein ist. Ein Schnitt an einer Papierkante kann stundenlang brennen. Und manchmal bemerken Menschen einen tiefen Schnitt erst später, wenn der Moment vorbei ist.
course-pain-alarm-p-3 = Der Alarm bei Rückenschmerzen ist oft besonders laut, und er kann weiterschrillen, wenn das Gewebe längst Zeit zum Heilen hatte. Der Schmerz ist echt: Du bildest ihn dir nicht ein. Aber meist zeigt er, dass ein System dich schützen will, nicht, dass dein Rücken kaputtgeht.
course-pain-alarm-example = Sabine bückte sich nach einem Stift, und plötzlich fuhr ihr ein scharfer Schmerz in den Rücken. Ein Stift wiegt fast nichts. Es war keine große Verletzung: Es war ein lauter Alarm.
course-pain-alarm-try = Wenn es das nächste Mal im Rücken zwickt, sag dir: „Das ist mein Alarm, kein Schadensbericht.“ Atme dann langsam aus und beweg dich sanft weiter.
course-pain-alarm-question = Sabine bückt sich nach einem Stift, und es fährt ihr in den Rücken. Was passiert da am wahrscheinlichsten?
course-pain-alarm-option-1 = In ihrem Rücken ist etwas gerissen.
course-pain-alarm-option-2 = Der Alarm ihres Rückens will sie schützen.
course-pain-alarm-option-3 = Sie sollte sich ab jetzt nicht mehr bücken.
course-pain-alarm-right = Genau. Ein plötzliches Zwicken ist oft der Alarm, der vorsichtig ist. Der Schmerz ist echt, aber er misst keinen Schaden, und sanfte Bewegung hilft, dass er sich beruhigt.
course-pain-alarm-not-quite = Nicht ganz. So ein Zwicken ist meist der Alarm, der dich schützen will, kein Zeichen für einen Schaden. Sanfte Bewegung hilft, dass er sich beruhigt, du musst also nicht aufhören, dich zu bücken.

## Lektion: Empfindlichkeit, der Lautstärkeregler (Frage zum Nachdenken)
course-pain-volume-title = Dein Alarm kann lauter werden
course-pain-volume-key = Wenn Schmerz eine Weile anhält, kann dein Alarm empfindlicher werden, sodass alltägliche Bewegungen mehr wehtun. Diese Empfindlichkeit lässt sich wieder herunterdrehen.
course-pain-volume-p-1 = Stell dir vor, dein Schmerz hat einen Lautstärkeregler. Wenn dein Rücken seit Wochen oder Monaten wehtut, kann der Regler hochgedreht sein. Dein Nervensystem reagiert dann stärker auf ganz normale Bewegungen und Berührungen.
course-pain-volume-p-2 = Vieles kann die Lautstärke hoch- oder herunterdrehen, und nicht alles davon liegt in deinem Rücken.
course-pain-volume-p-3 = Weil sich der Regler in beide Richtungen dreht, kann sich dein Schmerz verändern, auch wenn sich dein Rücken selbst nicht verändert hat. In Woche 5 und 6 geht es noch einmal um Schlaf, Stress und Alltag.
course-pain-volume-point-1 = Was lauter dreht: Stress, schlechter Schlaf, Sorgen und sehr wenig Bewegung.
course-pain-volume-point-2 = Was leiser dreht: sanfte, regelmäßige Bewegung, guter Schlaf, ruhiges Atmen und Zeit mit Menschen und Dingen, die dir Freude machen.
course-pain-volume-example = In einer Woche mit kurzen Nächten und einer Abgabefrist bei der Arbeit tat Markus der Rücken mehr weh als sonst, obwohl er nichts anders gemacht hatte. Nach einem ruhigeren Wochenende mit gutem Schlaf und einem Spaziergang ließ es wieder nach.
course-pain-volume-try = Achte diese Woche jeden Abend auf eine Sache, die deinen Schmerz lauter zu drehen schien, und auf eine, die ihn leiser zu drehen schien.
course-pain-volume-question = Was scheint deinen Schmerz lauter zu drehen, und was hilft, ihn leiser zu drehen?

## Lektion: Schmerz heißt nicht Schaden, mit den Bereichen von 0 bis 10 (Wissensfrage: Option 3 ist richtig; Reihenfolge der Optionen nicht ändern)
## Nach dem letzten Punkt kann die App learn-your-bands zeigen (die eigenen Zahlen der Person).
course-pain-hurt-harm-title = Schmerz heißt nicht Schaden
course-pain-hurt-harm-key = Etwas Schmerz beim Üben ist in Ordnung: Er bedeutet nicht unbedingt einen Schaden. Eine Einschätzung von 0 bis 10, gemessen an deinem üblichen Schmerz, zeigt dir, wann du es leichter machen solltest.
course-pain-hurt-harm-p-1 = Schätze beim Üben deinen Schmerz von 0 (gar kein Schmerz) bis 10 (der schlimmste, den du dir vorstellen kannst) ein. Limber nutzt die Bereiche unten, die aus der Forschung in der Physiotherapie stammen, sobald du angibst, dass etwas wehtut.
course-pain-hurt-harm-p-2 = Liegt dein Rücken an den meisten Tagen schon über 3, wandern die Bereiche mit. Limber ermittelt deinen üblichen Wert aus deinen letzten Antworten.
course-pain-hurt-harm-p-3 = Rot ist kein Versagen und heißt nicht, dass du dich nicht mehr bewegen sollst. Mach diese Übung leichter oder lass sie weg, und versuch es an einem anderen Tag wieder. Wenn dein Schmerz hoch bleibt, lass ihn ärztlich oder physiotherapeutisch abklären.
# Grün, Gelb und Rot sind die Farben der Ampel: fahren, aufpassen, anhalten.
course-pain-hurt-harm-point-1 = Grün, 0 bis 3 von 10 (oder bis zu deinem üblichen Wert): in Ordnung. Mach weiter, beweg dich langsam und atme ruhig.
course-pain-hurt-harm-point-2 = Gelb, 4 bis 5 von 10 (oder bis 2 über deinem üblichen Wert): in Ordnung, wenn es bis zum nächsten Morgen nachlässt. Fahr etwas zurück: weniger Wiederholungen, kleinere Bewegungen.
course-pain-hurt-harm-point-3 = Rot, ab 6 von 10 (oder 3 über deinem üblichen Wert, oder ab 8), oder Schmerz, der ins Bein ausstrahlt: Hör mit dieser Übung auf und probier ihre leichtere Variante oder lass sie weg.
course-pain-hurt-harm-example = Sandras üblicher Schmerz liegt bei 2. Bei der Brücke steigt er auf 4, und am nächsten Morgen ist er wieder bei 2: gelb, und in Ordnung.
course-pain-hurt-harm-try = Schätze in den Einheiten dieser Woche jedes Zwicken ein, und lass dich von den Bereichen leiten, was du als Nächstes tust.
course-pain-hurt-harm-question = Bei einer Übung steigt dein Schmerz auf 7 von 10. Was ist am besten?
course-pain-hurt-harm-option-1 = Durchhalten, bis der Satz fertig ist.
course-pain-hurt-harm-option-2 = Eine Woche lang gar nicht üben.
course-pain-hurt-harm-option-3 = Diese Übung leichter machen oder sie heute weglassen.
course-pain-hurt-harm-right = Genau. Schmerz 7 ist rot: Mach diese Übung leichter oder lass sie weg, und bleib in Bewegung.
course-pain-hurt-harm-not-quite = Nicht ganz. Schmerz 7 ist rot, aber du musst weder durchhalten noch aufhören, dich zu bewegen. Mach diese Übung leichter oder lass sie heute weg.

## Lektion: der nächste Morgen (Wissensfrage: Option 1 ist richtig; Reihenfolge der Optionen nicht ändern)
course-pain-next-morning-title = Der nächste Morgen sagt am meisten
course-pain-next-morning-key = Wie sich dein Rücken am Morgen nach einer Einheit anfühlt, zeigt am besten, ob es die richtige Menge war.
course-pain-next-morning-p-1 = Während einer Einheit ist schwer einzuschätzen, wie viel richtig ist. Dein Rücken antwortet später deutlicher: wie er sich am nächsten Morgen anfühlt, verglichen mit vor dem Üben.
course-pain-next-morning-p-2 = Deshalb fragt Limber dich am Tag nach einer Einheit einmal: Geht es deinem Rücken besser, etwa gleich oder schlechter als vorher? Wähl eine Antwort und speichere. Deinen Schmerzwert anzugeben ist freiwillig.
course-pain-next-morning-p-3 = Das ist dieselbe Regel wie bei der Einschätzung von 0 bis 10, nur vom Tag danach aus gesehen. Ein bisschen Schmerz während einer Einheit ist in Ordnung, solange er bis zum nächsten Morgen nachgelassen hat.
course-pain-next-morning-point-1 = Besser oder etwa gleich: Die Menge hat gepasst, du kannst dich steigern.
course-pain-next-morning-point-2 = Schlechter: Deine nächste Einheit geht einen kleinen Schritt zurück, damit sich dein Rücken beruhigen kann.
course-pain-next-morning-example = Nach einer etwas längeren Einheit tat Leons Rücken am Abend ein bisschen weh. Am nächsten Morgen war er wieder wie sonst, also antwortete Leon „Etwa gleich“: Die Einheit war die richtige Menge gewesen.
course-pain-next-morning-try = Halt am Morgen nach deiner nächsten Einheit kurz inne, bevor du aufstehst. Spür nach, wie sich dein Rücken anfühlt, verglichen mit vor der Einheit, und beantworte dann die Frage von Limber.
course-pain-next-morning-question = Am Morgen nach einer Einheit fühlt sich dein Rücken schlechter an als vorher. Was passiert jetzt?
course-pain-next-morning-option-1 = Deine nächste Einheit geht einen kleinen Schritt zurück, damit sich dein Rücken beruhigen kann.
course-pain-next-morning-option-2 = Es bedeutet, dass dir die Übungen schaden.
course-pain-next-morning-option-3 = Du solltest mit dem Üben aufhören, bis es besser ist.
course-pain-next-morning-right = Richtig. Schlechter am nächsten Morgen heißt: Die Menge war für den Moment etwas viel. Ein kleiner Schritt zurück gibt deinem Rücken Zeit, sich zu beruhigen, und dann steigerst du dich wieder.
course-pain-next-morning-not-quite = Nicht ganz. Schlechter am nächsten Morgen heißt, dass die Menge für den Moment etwas viel war, nicht, dass du dir geschadet hast. Deine nächste Einheit geht einen kleinen Schritt zurück, damit sich dein Rücken beruhigen kann.

## Lektion: Haltung (Wissensfrage: Option 3 ist richtig; Reihenfolge der Optionen nicht ändern)
course-myths-posture-title = Die perfekte Haltung gibt es nicht
course-myths-posture-key = Keine Haltung ist für deinen Rücken an sich richtig oder falsch. Dein Rücken mag Abwechslung, deshalb ist die beste Haltung oft die nächste.
course-myths-posture-p-1 = Viele von uns sind mit „Sitz gerade!“ und „Lümmel nicht so rum!“ aufgewachsen. Doch es wurde keine einzige richtige Art zu sitzen oder zu stehen gefunden, die den Rücken vor Schmerzen schützt.
course-myths-posture-p-2 = Was ein Rücken eher nicht mag, ist, lange in ein und derselben Haltung zu bleiben. Selbst eine „gute“ Haltung wird unbequem, wenn du sie stundenlang hältst.
course-myths-posture-p-3 = Wenn du dich steif aufrecht hältst, können deine Muskeln außerdem angespannt und müde bleiben. Du darfst ruhig zusammensacken, dich anlehnen oder dich einrollen, solange du oft die Haltung wechselst.
course-myths-posture-example = Julia saß den ganzen Tag kerzengerade am Schreibtisch, um ihren Rücken zu schützen, und am Nachmittag tat er weh. Jetzt lehnt sie sich zurück, setzt sich nach vorn und steht beim Telefonieren auf, und abends fühlt sich ihr Rücken weniger verspannt an.
course-myths-posture-try = Wenn du diese Woche länger sitzt, wechsle mindestens alle 30 Minuten die Haltung: zurücklehnen, nach vorn setzen, aufstehen oder ein paar Schritte gehen.
course-myths-posture-question = Du sitzt bei der Arbeit viel. Was tut deinem Rücken am besten?
course-myths-posture-option-1 = Den ganzen Tag kerzengerade sitzen.
course-myths-posture-option-2 = Dir nie erlauben, krumm zu sitzen.
course-myths-posture-option-3 = Oft die Haltung wechseln, so wie es sich angenehm anfühlt.
course-myths-posture-right = Genau. Dein Rücken mag Abwechslung. Jede bequeme Haltung ist in Ordnung, solange du nicht stundenlang darin bleibst.
course-myths-posture-not-quite = Nicht ganz. Die eine perfekte Haltung gibt es nicht, und jede Haltung wird unbequem, wenn du sie stundenlang hältst. Am besten für deinen Rücken ist, oft die Haltung zu wechseln, so wie es sich angenehm anfühlt.

## Lektion: Bücken und Heben (Wissensfrage: Option 1 ist richtig; Reihenfolge der Optionen nicht ändern)
course-myths-lifting-title = Gemacht zum Bücken und Heben
course-myths-lifting-key = Bücken und Heben sind ganz normale Aufgaben für deinen Rücken. Mit rundem Rücken zu heben ist an sich nicht gefährlich.
course-myths-lifting-p-1 = Vielleicht hast du gelernt, immer mit geradem Rücken und gebeugten Knien zu heben. Das ist eine verbreitete Regel, aber für keine Art zu heben wurde gezeigt, dass sie die sichere ist.
course-myths-lifting-p-2 = Deine Wirbelsäule ist dafür gemacht, sich zu beugen. Jeden Tag heben Menschen mit rundem Rücken eine Socke, ein Kind oder eine Einkaufstasche auf, und ihr Rücken kommt gut damit zurecht.
course-myths-lifting-p-3 = Wichtiger ist, ob du an die Last gewöhnt bist. Ein Rücken wird kräftiger, wenn er nach und nach belastet wird. Wenn sich schweres Heben nach Monaten, in denen du es vermieden hast, mühsam anfühlt, bist du einfach aus der Übung. Das heißt nicht, dass dein Rücken zerbrechlich ist.
course-myths-lifting-p-4 = Heb also so, wie es sich für dich natürlich anfühlt. Etwas Schweres fühlt sich leichter an, wenn du es nah am Körper hältst.
course-myths-lifting-example = Katrin ging für alles nur noch in die Knie, sogar für eine Socke, und ihr Rücken fühlte sich steif und angespannt an. Als sie sich bei leichten Dingen wieder ganz natürlich bückte, fiel ihr die Bewegung allmählich leichter.
course-myths-lifting-try = Heb diese Woche ein paarmal etwas Leichtes vom Boden auf, etwa ein Kissen, und bück dich dabei so, wie es sich natürlich anfühlt. Beweg dich langsam und atme beim Hochkommen aus.
course-myths-lifting-question = Ist es gefährlich, mit rundem Rücken zu heben?
course-myths-lifting-option-1 = Nein: Ein runder Rücken ist an sich nicht gefährlich.
course-myths-lifting-option-2 = Ja: Du solltest immer nur mit geradem Rücken heben.
course-myths-lifting-option-3 = Nur für Menschen mit Rückenschmerzen.
course-myths-lifting-right = Richtig. Dein Rücken ist dafür gemacht, sich zu beugen. Sich nach und nach an eine Last zu gewöhnen, ist wichtiger als die Form deines Rückens.
course-myths-lifting-not-quite = Nicht ganz. Ein runder Rücken ist an sich nicht gefährlich, mit oder ohne Rückenschmerzen: Dein Rücken ist dafür gemacht, sich zu beugen. Wichtiger ist, dich nach und nach an eine Last zu gewöhnen.

## Lektion: Bandscheiben und Gelenke verrutschen nicht (Wissensfrage: Option 2 ist richtig; Reihenfolge der Optionen nicht ändern)
course-myths-slipped-title = Da ist nichts verrutscht
course-myths-slipped-key = Deine Wirbelsäule ist stark und gut zusammengehalten. Bandscheiben und Gelenke rutschen nicht heraus, auch wenn es sich so anfühlt.
course-myths-slipped-p-1 = Oft heißt es, etwas im Rücken sei „rausgesprungen“ oder eine Bandscheibe sei „verrutscht“. Es kann sich genau so anfühlen: plötzlich, scharf und beängstigend.
course-myths-slipped-p-2 = Deine Wirbelsäule ist ein Stapel aus Knochen, und zwischen je zwei davon sitzt eine zähe, federnde Bandscheibe. Jede Bandscheibe ist fest mit dem Knochen darüber und darunter verbunden, und kräftige Bänder und Muskeln umgeben die ganze Wirbelsäule. Eine Bandscheibe kann nicht herausrutschen, und ein Gelenk muss nicht „eingerenkt“ werden.
# Schützende Anspannung („guarding“): Muskeln spannen sich an, um einen Körperteil zu schützen und ruhig zu halten.
course-myths-slipped-p-3 = Dieses festsitzende, blockierte Gefühl kommt meist von Muskeln, die sich anspannen, um deinen Rücken zu schützen: wieder der Alarm, der alles ruhig hält, damit dir nichts passiert. Langsames Atmen und kleine, leichte Bewegungen helfen den Muskeln, loszulassen.
course-myths-slipped-example = Als es Murat beim Heben des Wäschekorbs in den Rücken schoss, war er sicher, dass etwas verrutscht war, und er hielt so still wie möglich. Beim nächsten Mal probierte er langsame Atemzüge und kleine, sanfte Bewegungen, und die Blockade löste sich Stück für Stück.
course-myths-slipped-try = Leg dich diese Woche einmal am Tag mit gebeugten Knien auf den Rücken und lass die Knie langsam von einer Seite zur anderen kippen, nur ein kleines Stück, und atme dabei aus. Merk dir das auch für Momente, in denen der Rücken festsitzt.
course-myths-slipped-question = Nach dem Bücken blockiert dein Rücken plötzlich. Was passiert da am wahrscheinlichsten?
course-myths-slipped-option-1 = Eine Bandscheibe ist verrutscht.
course-myths-slipped-option-2 = Muskeln schützen deinen Rücken, und sanfte Bewegung hilft ihnen, loszulassen.
course-myths-slipped-option-3 = Ein Gelenk ist rausgesprungen und muss eingerenkt werden.
course-myths-slipped-right = Genau. Das blockierte Gefühl kommt meist von Muskeln, die schützen wollen. Deine Bandscheiben und Gelenke sitzen fest, und ruhige, kleine Bewegungen helfen, die Anspannung zu lösen.
course-myths-slipped-not-quite = Nicht ganz. Bandscheiben und Gelenke sitzen fest und rutschen nicht heraus. Das blockierte Gefühl kommt meist von Muskeln, die schützen wollen, und ruhige, kleine Bewegungen helfen ihnen, loszulassen.

## Lektion: was Aufnahmen zeigen (Wissensfrage: Option 3 ist richtig; Reihenfolge der Optionen nicht ändern)
course-myths-scans-title = Aufnahmen zeigen oft normales Altern
course-myths-scans-key = Aufnahmen vom Rücken zeigen oft Veränderungen, die ganz normal zum Älterwerden gehören. Für sich allein erklären sie oft nicht, warum ein Rücken wehtut.
course-myths-scans-p-1 = Bei Menschen ganz ohne Rückenschmerzen zeigen solche Aufnahmen mit 20 Jahren bei etwa 30 % eine Vorwölbung der Bandscheibe, mit 80 Jahren bei etwa 84 %. Zeichen von Verschleiß an den Bandscheiben sieht man mit 20 Jahren bei 37 %, mit 80 Jahren bei 96 %.
course-myths-scans-p-2 = Diese Befunde sind also häufig, auch bei Rücken, denen es gut geht. Sie sind ein bisschen wie graue Haare oder Falten von innen. Wörter wie „Degeneration“ klingen bedrohlich, beschreiben aber meist ganz gewöhnliches Altern.
course-myths-scans-p-3 = Deshalb empfehlen Leitlinien zu Schmerzen im unteren Rücken keine Aufnahmen als Routine. Eine Ärztin oder ein Arzt kann eine veranlassen, wenn das Ergebnis etwas am weiteren Vorgehen ändern könnte.
course-myths-scans-example = In Monikas Befund stand „Bandscheibendegeneration“, und sie gab die Gartenarbeit auf, aus Angst, es schlimmer zu machen. Als ihre Physiotherapeutin ihr erklärte, dass viele Menschen in ihrem Alter denselben Befund ganz ohne Schmerzen haben, fing sie in kleinen Schritten wieder damit an.
course-myths-scans-try = Wenn es von deinem Rücken schon einmal Aufnahmen gab, lies den Befund mit diesen Zahlen im Kopf noch einmal. Wenn dich ein Wort beunruhigt, frag in der Arztpraxis oder in der Physiotherapie nach: „Ist das bei Menschen in meinem Alter ohne Rückenschmerzen häufig?“
course-myths-scans-question = Eine Aufnahme zeigt eine Vorwölbung der Bandscheibe. Was sagt dir das für sich allein?
course-myths-scans-option-1 = Sie muss die Ursache der Schmerzen sein.
course-myths-scans-option-2 = Bücken sollte man für immer vermeiden.
course-myths-scans-option-3 = Nicht viel: Vorwölbungen sind bei Menschen ohne Schmerzen häufig.
course-myths-scans-right = Richtig. Viele Menschen ganz ohne Rückenschmerzen haben auf Aufnahmen Vorwölbungen. Ein solcher Befund erklärt Schmerzen oft nicht, und er ist kein Grund, sich nicht mehr zu bewegen.
course-myths-scans-not-quite = Nicht ganz. Vorwölbungen der Bandscheibe sind bei Menschen ganz ohne Rückenschmerzen häufig, deshalb erklärt eine Vorwölbung für sich allein Schmerzen oft nicht. Sie ist kein Grund, mit dem Bewegen oder Bücken aufzuhören.

## Lektion: Ruhe und Bewegung (Wissensfrage: Option 1 ist richtig; Reihenfolge der Optionen nicht ändern)
course-myths-rest-title = Warum Bewegung mehr hilft als Schonung
course-myths-rest-key = Lange Ruhephasen helfen einem schmerzenden Rücken meist nicht. Sanfte, regelmäßige Bewegung hilft ihm oft, sich schneller zu erholen.
course-myths-rest-p-1 = Wenn es wehtut, scheint Stillliegen das Vernünftigste zu sein. Doch Tage im Bett verlangsamen die Erholung eher. Muskeln, die nicht gebraucht werden, werden schwächer, Gelenke werden steifer, und Bewegung fällt irgendwann schwerer als vorher.
course-myths-rest-p-2 = Regelmäßige Bewegung wirkt genau andersherum. Kräftigere Muskeln an Bauch, Seiten, unterem Rücken und Hüften stützen deine Wirbelsäule besser. Bewegung bringt außerdem mehr Blut in diese Gegend und setzt Endorphine frei, die körpereigenen Schmerzlinderer, die auch deine Stimmung heben können.
course-myths-rest-p-3 = Sieh sanfte Bewegung also als Teil der Behandlung, nicht als Belohnung für später, wenn der Schmerz weg ist. Eine kurze Ruhepause in einer bequemen Haltung ist in Ordnung. Auch wenig Bewegung zählt, und von da aus kannst du dich steigern.
course-myths-rest-example = An einem schlechten Morgen wollte Ahmet am liebsten den ganzen Tag im Bett bleiben. Stattdessen stand er auf, ging etwa jede Stunde einmal durch die Wohnung und machte ein paar leichte Dehnungen. Am Abend war er steif, fühlte sich aber weniger blockiert.
course-myths-rest-try = Tausch an einem schmerzhaften Tag in dieser Woche eine lange Ruhephase gegen 2 oder 3 kurze Bewegungspausen, etwa eine Runde durch die Wohnung oder ein paar leichte Dehnungen.
course-myths-rest-question = Dein Rücken tut heute Morgen weh. Was hilft am ehesten?
course-myths-rest-option-1 = Kurze Ruhepausen, wenn du sie brauchst, und über den Tag verteilt sanfte Bewegung.
course-myths-rest-option-2 = Im Bett bleiben, bis der Schmerz weg ist.
course-myths-rest-option-3 = Ein langes, hartes Training, um ihn zu lockern.
course-myths-rest-right = Genau. Kurze Ruhepausen sind in Ordnung, aber lange Ruhephasen machen Muskeln schwächer und Gelenke steifer. Oft und wenig hält dich in Bewegung, ohne dich zu überfordern.
course-myths-rest-not-quite = Nicht ganz. Lange Zeit im Bett verlangsamt die Erholung eher, und ein hartes Training kann den Rücken reizen. Kurze Ruhepausen mit sanfter Bewegung über den Tag tun einem schmerzenden Rücken am besten.

## Lektion: das Auf und Ab (Frage zum Nachdenken)
# „Boom and bust“: an einem guten Tag viel tun und dann mit mehreren Tagen bezahlen, an denen
# fast nichts geht. Hier als „Auf und Ab“ aus Überlastung und Schonung beschrieben.
course-moving-boom-bust-title = Gleichmäßig statt Auf und Ab
course-moving-boom-bust-key = Eine gleichmäßige Menge an guten wie an schlechten Tagen hilft mehr, als an einem guten Tag viel zu machen und danach dafür zu bezahlen.
course-moving-boom-bust-p-1 = An einem guten Tag ist es verlockend, alles nachzuholen. Dann verbringst du die nächsten Tage damit, dich zu erholen, und schaffst kaum etwas. Dieses Auf und Ab nennt man oft den Wechsel aus Überlastung und Schonung.
course-moving-boom-bust-p-2 = Mit der Zeit kann dieses Auf und Ab dazu führen, dass du insgesamt weniger machst, und jeder Einbruch kann dich beim Bewegen vorsichtiger machen.
course-moving-boom-bust-p-3 = Gutes Einteilen gleicht das aus. Teil große Aufgaben in kleinere Stücke, mach kurze Pausen, bevor der Schmerz dich dazu zwingt, und hör auf, solange du noch das Gefühl hast, ein bisschen mehr zu schaffen. An einem schlechten Tag mach etwas weniger, aber mach trotzdem etwas.
course-moving-boom-bust-example = An einem sonnigen Samstag arbeitete Jürgen 5 Stunden im Garten und lag danach 3 Tage auf dem Sofa. Heute gärtnert er 40 Minuten mit einer Pause in der Mitte, an guten wie an normalen Tagen, und schafft so jede Woche mehr.
course-moving-boom-bust-try = Such dir eine Tätigkeit aus, bei der du es oft übertreibst. Leg fest, wie lange du sie an einem normalen Tag gut schaffst, und hör diese Woche dort auf, auch an einem guten Tag.
course-moving-boom-bust-question = Bei welcher Tätigkeit übertreibst du es an guten Tagen oft, und wie sähe eine gleichmäßige Menge davon aus?

## Lektion: sich einteilen, Schritt für Schritt steigern (Wissensfrage: Option 2 ist richtig; Reihenfolge der Optionen nicht ändern)
course-moving-step-up-title = Langsam anfangen, nach und nach steigern
course-moving-step-up-key = In kleinen, stetigen Schritten kommt die Kraft zurück, ohne deinen Rücken zu reizen.
course-moving-step-up-p-1 = Ein langsamer Start tut dir meist besser als ein großer. Fang mit sanfter, schonender Bewegung an, etwa einem kurzen Spaziergang, und lass deinen Körper zeigen, wofür er bereit ist.
course-moving-step-up-p-2 = Wenn sich eine Übung angenehm anfühlt, leg etwas drauf. Bleib dann ein paar Tage dabei, bevor du weiter steigerst. Langsamer Fortschritt ist auch Fortschritt.
course-moving-step-up-p-3 = Wenn dein Schmerz aufflammt, musst du nicht von vorn anfangen. Geh zurück auf die letzte Stufe, die sich angenehm angefühlt hat, bleib dort, bis sich alles beruhigt, und steigere dich dann wieder.
course-moving-step-up-point-1 = Fühlt sich angenehm an? 1 oder 2 Wiederholungen mehr, oder etwas mehr Zeit.
course-moving-step-up-point-2 = Lass zwischen zwei Steigerungen ein paar Tage Zeit.
course-moving-step-up-point-3 = Schmerz flammt auf? Zurück auf deine letzte angenehme Stufe.
course-moving-step-up-example = Nina schaffte 5 Brücken ohne Probleme. Ein paar Tage lang machte sie 6, dann 7. Als eine stressige Woche ihren Rücken reizte, ging sie eine Weile zurück auf 6 und machte dann weiter.
course-moving-step-up-try = Such dir eine Übung aus, die sich in letzter Zeit angenehm angefühlt hat, und mach diese Woche 1 oder 2 Wiederholungen mehr. Bleib ein paar Tage dabei, bevor du weiter steigerst.
course-moving-step-up-question = Die Brücke fühlt sich seit ein paar Tagen angenehm an. Was ist ein guter nächster Schritt?
course-moving-step-up-option-1 = Die Anzahl verdoppeln.
course-moving-step-up-option-2 = 1 oder 2 Wiederholungen mehr, dann ein paar Tage dabei bleiben.
course-moving-step-up-option-3 = Ab jetzt alles genau gleich lassen.
course-moving-step-up-right = Genau. Kleine Schritte mit ein paar Tagen dazwischen lassen deinem Rücken Zeit mitzukommen.
course-moving-step-up-not-quite = Nicht ganz. Der gleichmäßige Weg ist, 1 oder 2 Wiederholungen oder etwas mehr Zeit dazuzunehmen und dann ein paar Tage dabei zu bleiben, bevor du weiter steigerst.

## Lektion: eine gemiedene Bewegung neu lernen (Frage zum Nachdenken)
course-moving-feared-title = Eine gemiedene Bewegung neu lernen
course-moving-feared-key = Eine Bewegung, vor der du Angst bekommen hast, lässt sich in kleinen Schritten wieder lernen, bis sie sich ganz normal anfühlt.
course-moving-feared-p-1 = Nach Rückenschmerzen ist es ganz natürlich, Bewegungen zu meiden, die einmal wehgetan haben, etwa das Bücken zum Einräumen der Spülmaschine oder das Drehen, um auf den Rücksitz zu greifen. Je länger du sie meidest, desto verkrampfter und beängstigender können sie sich anfühlen.
course-moving-feared-p-2 = Du kannst das mit einer Leiter aus kleinen Schritten umkehren. Fang mit einer Variante an, von der du sicher weißt, dass du sie schaffst, etwa dich ein wenig vorzubeugen, die Hände auf der Arbeitsplatte. Mach es langsam, atme dabei aus und halte die Muskeln so locker wie möglich.
course-moving-feared-p-3 = Wiederhole diesen Schritt ein paar Tage lang, bis er sich normal anfühlt, und geh dann zum nächsten. Etwas Unbehagen ist in Ordnung: Nutze dieselbe Einschätzung von 0 bis 10 wie bei deinen Übungen. Wenn ein Schritt zu viel ist, geh einen Schritt zurück.
course-moving-feared-example = Petra hatte sich seit Monaten nicht mehr gebückt, um ihre Socken anzuziehen. Sie fing mit dem Fuß auf einem Stuhl an, dann auf einem niedrigen Hocker, dann auf dem Boden. Nach 3 Wochen war „Socken anziehen“ wieder nichts Besonderes.
course-moving-feared-try = Such dir eine Bewegung aus, die du gemieden hast, und schreib eine Leiter aus 3 bis 5 Schritten auf, von leicht bis zur ganzen Bewegung. Übe den ersten Schritt ein paarmal am Tag.
course-moving-feared-question = Bei welcher Bewegung möchtest du dich wieder sicher fühlen, und was könnte dein erster kleiner Schritt sein?

## Lektion: ein kräftiger Rumpf (Wissensfrage: Option 3 ist richtig; Reihenfolge der Optionen nicht ändern)
course-moving-core-title = Ein stärkerer Rumpf stützt deinen Rücken
course-moving-core-key = Dein Rumpf ist das Team aus Muskeln rund um deine Körpermitte. Sanftes Krafttraining hilft ihnen, deine Wirbelsäule zu stützen.
course-moving-core-p-1 = Dein Rumpf ist mehr als dein Bauch. Er ist der Ring aus Muskeln rund um deine Körpermitte: vorne, an den Seiten, im unteren Rücken und an den Hüften. Zusammen helfen sie, deine Wirbelsäule beim Bewegen zu stützen.
course-moving-core-p-2 = Du brauchst keine Bauchpressen und keine schweren Gewichte. Einfache Übungen wie Beckenkippen, Brücke und ein abgewandelter Unterarmstütz bauen diesen Halt sanft auf. Fang mit der leichtesten Variante an und steigere dich, wenn es sich angenehm anfühlt.
course-moving-core-p-3 = Beweg dich langsam, atme weiter und hör auf, bevor du dich überanstrengst. Wenige gute Wiederholungen zählen mehr als viele.
course-moving-core-point-1 = Beckenkippen: Leg dich mit gebeugten Knien auf den Rücken, drück deinen unteren Rücken sanft Richtung Boden und lass dann wieder locker.
course-moving-core-point-2 = Brücke: Leg dich mit gebeugten Knien auf den Rücken, heb dein Becken ein Stück an und senk es langsam wieder ab.
course-moving-core-point-3 = Abgewandelter Unterarmstütz: Halte den Stütz auf den Knien oder Unterarmen für ein paar langsame Atemzüge.
course-moving-core-example = Florian dachte, er brauche Sit-ups, um seinen Rücken zu schützen. Er fing jeden Morgen vor dem Aufstehen mit 5 langsamen Beckenkippen an und ging nach ein paar Wochen zur Brücke über.
course-moving-core-try = Mach diese Woche jeden Tag 5 langsame Beckenkippen: Atme aus, während du deinen Rücken sanft nach unten drückst, und ein, während du locker lässt.
course-moving-core-question = Wie fängst du am besten an, deinen Rumpf zu stärken?
course-moving-core-option-1 = Viele schnelle Bauchpressen.
course-moving-core-option-2 = Einen vollen Unterarmstütz so lange halten, wie du kannst.
course-moving-core-option-3 = Ein paar langsame, leichte Übungen wie Beckenkippen und Brücke.
course-moving-core-right = Genau. Sanfte Übungen, langsam und sauber gemacht, bauen Halt auf, ohne dich zu überanstrengen. Geh zu schwereren Varianten über, wenn sie sich angenehm anfühlen.
course-moving-core-not-quite = Nicht ganz. Du brauchst keine Bauchpressen und kein langes, hartes Halten. Ein paar langsame, leichte Übungen wie Beckenkippen und Brücke bauen sanft Halt auf.

## Lektion: sanft dehnen (Wissensfrage: Option 1 ist richtig; Reihenfolge der Optionen nicht ändern)
course-moving-stretch-title = Sanft dehnen
course-moving-stretch-key = Sanfte Dehnungen für Hüften, Beine und unteren Rücken können Spannung lösen und dir helfen, dich freier zu bewegen.
course-moving-stretch-p-1 = Dehnen von Hüften, Beinen und unterem Rücken hilft, Spannung zu lösen, und gibt dir mehr Spielraum beim Bewegen. Es ist ein ruhiger, leichter Weg, eine Einheit zu beginnen oder abzuschließen.
course-moving-stretch-p-2 = Geh langsam in jede Dehnung, bis du einen sanften Zug spürst, und halte dann still. Nicht wippen und nichts erzwingen: Eine gute Dehnung fühlt sich wie Erleichterung an, nicht wie ein Kampf.
course-moving-stretch-p-3 = Atme langsam und lass dich mit jedem Ausatmen ein wenig mehr entspannen. Wenn eine Dehnung deinen Schmerz verstärkt, lass etwas nach oder probier eine andere.
course-moving-stretch-point-1 = Still halten, nicht wippen.
course-moving-stretch-point-2 = Ein sanfter Zug reicht.
course-moving-stretch-point-3 = Weiteratmen, langsam und ruhig.
course-moving-stretch-example = Lukas zog früher kräftig an der Dehnung für die Oberschenkelrückseite und wippte, um weiter zu kommen, und danach tat es weh. Jetzt geht er langsam hinein, bis er einen sanften Zug spürt, und hält ein paar Atemzüge lang still. Es fühlt sich wie Erleichterung an statt wie ein Kampf.
course-moving-stretch-try = Probier diese Woche einmal am Tag die Dehnung „Knie zur Brust“: Umfass im Liegen auf dem Rücken ein Knie und zieh es sanft zu dir heran, 3 langsame Atemzüge lang, dann wechsle die Seite.
course-moving-stretch-question = Wie sollte sich eine gute Dehnung anfühlen?
course-moving-stretch-option-1 = Wie ein sanfter Zug, der Erleichterung bringt.
course-moving-stretch-option-2 = Wie ein Kampf: je härter, desto besser.
course-moving-stretch-option-3 = Federnd, um jedes Mal ein Stück weiter zu kommen.
course-moving-stretch-right = Genau. Ein sanfter Zug, still gehalten und mit langsamem Atmen, ist alles, was eine Dehnung braucht. Erleichterung ist das Zeichen, dass du es richtig machst.
course-moving-stretch-not-quite = Nicht ganz. Eine gute Dehnung ist ein sanfter Zug, den du still hältst, ohne zu wippen oder etwas zu erzwingen. Sie sollte sich wie Erleichterung anfühlen, nicht wie ein Kampf.

## Thema 4: Schübe (Woche 4)

course-theme-4-title = Gut durch einen Schub kommen
course-theme-4-summary = Schübe sind häufig und gehen vorbei, und ein einfacher Plan hilft dir, dich sanft weiter zu bewegen, bis auch deiner vorbei ist.

## Lektion: Schübe sind häufig und gehen vorbei.
course-flare-up-they-pass-title = Schübe sind häufig und gehen vorbei
# „Schub“: eine Phase mit stärkerem Schmerz (siehe Glossar). Nie „Attacke“ oder „Krise“.
course-flare-up-they-pass-key = Ein Schub ist eine Phase mit stärkerem Schmerz als sonst. Schübe sind häufig, klingen meist innerhalb von Tagen bis wenigen Wochen ab, und mehr Schmerz bedeutet selten einen neuen Schaden.
course-flare-up-they-pass-p-1 = Die meisten Menschen mit Rückenschmerzen haben ab und zu einen Schub, auch wenn es ihnen insgesamt besser geht. Ein Schub gehört zu den normalen Hochs und Tiefs und ist kein Rückfall an den Anfang.
# „Alarmsystem“: das schützende Schmerzsystem des Körpers, wie es die Lektionen in Woche 1 beschreiben.
course-flare-up-they-pass-p-2 = Ein Schub kommt nicht immer nach dem Heben oder einer Drehung. Das Alarmsystem deines Rückens wird empfindlicher, wenn du müde, gestresst oder besorgt bist oder dich weniger bewegt hast. Da kann schon eine schlechte Nacht oder eine harte Woche reichen. Manchmal gibt es auch gar keinen klaren Grund.
course-flare-up-they-pass-p-3 = Ein Schub kann dich ganz schön mitnehmen, und das ist verständlich. Aber langes Stillhalten macht eher steifer, während sanfte Bewegung deinem Rücken hilft, sich zu beruhigen.
course-flare-up-they-pass-example = Emre spürte beim Heben eines Wäschekorbs einen Stich im Rücken und war sicher, dass er sich etwas kaputt gemacht hatte. Er blieb bei kurzen Spaziergängen und den sanften Programmen für schlechte Tage, und innerhalb einer Woche war es deutlich besser.
course-flare-up-they-pass-try = Schreib ein paar Worte über deinen letzten Schub auf: wie er sich angefühlt hat und wie lange es gedauert hat, bis er nachließ. Beim nächsten Mal kann dich diese Notiz daran erinnern, dass er schon einmal vorbeigegangen ist.
course-flare-up-they-pass-question = Nach einem vollen Wochenende hat dein Rücken einen Schub. Was bedeutet der zusätzliche Schmerz am wahrscheinlichsten?
course-flare-up-they-pass-option-1 = In deinem Rücken ist etwas neu beschädigt worden.
course-flare-up-they-pass-option-2 = Du solltest im Bett bleiben, bis der Schmerz weg ist.
course-flare-up-they-pass-option-3 = Dein Rücken ist eine Zeit lang besonders empfindlich, und das legt sich meist wieder.
course-flare-up-they-pass-right = Richtig. Ein Schub dreht die Empfindlichkeit deines Rückens eine Zeit lang hoch. Er klingt meist innerhalb von Tagen bis wenigen Wochen ab, und sanfte Bewegung hilft.
course-flare-up-they-pass-not-quite = Nicht ganz. Mehr Schmerz bedeutet selten einen neuen Schaden, und lange Ruhe macht eher steifer. Ein Schub ist eine Phase, in der dein Rücken besonders empfindlich ist, und er klingt meist wieder ab.

## Lektion: der Schubplan (früher der Text „Dein Plan für einen Schub“).
course-flare-up-plan-title = Dein Plan für einen Schub
course-flare-up-plan-key = Bleib in Bewegung, mach nur weniger. Ein einfacher Plan, an einem ruhigen Tag gemacht, hilft dir, leichter durch einen schlechten Tag zu kommen.
course-flare-up-plan-p-1 = Wenn dein Rücken einen Schub hat, halte deine Einheiten kürzer und wähl die leichteren Varianten deiner Übungen. Kurze Spaziergänge, oft und wenig über den Tag verteilt, halten dich aktiv, ohne dich zu überfordern.
# „Schubplan“: der Modus des Plans für schlechte Tage (Glossar). Der letzte Satz ist die Endregel des Schubplans, in denselben Worten wie coach-flare-end-rule (ohne die Zahl).
course-flare-up-plan-p-2 = Limber kann dir vieles davon abnehmen. Wenn dein Schubplan an ist, zeigt „Heute“ die Programme für schlechte Tage auf einer sanften Stufe, nichts wird schwerer und dein Spaziergang bleibt gleich. Der Schubplan endet von selbst, sobald dein Schmerz zwei Tage hintereinander wieder höchstens etwa einen Punkt über deinem üblichen Wert liegt, oder wann immer du ihn beendest.
course-flare-up-plan-p-3 = Wenn es sich beruhigt, steigere dich Schritt für Schritt von deiner letzten angenehmen Stufe aus, statt sofort wieder dort einzusteigen, wo du vorher warst.
course-flare-up-plan-point-1 = Bleib sanft in Bewegung, statt ganz aufzuhören.
course-flare-up-plan-point-2 = Kürzere Einheiten, leichtere Varianten.
course-flare-up-plan-point-3 = Geh oft, aber nur kurz.
course-flare-up-plan-point-4 = Steigere dich Schritt für Schritt wieder.
course-flare-up-plan-example = Als Nadines Rücken einen Schub hatte, schaltete sie ihren Schubplan ein und machte die kurzen Programme für schlechte Tage. Sie ging 3-mal am Tag bis zum Ende ihrer Straße und zurück, und in der Woche danach begann sie, sich wieder zu steigern.
course-flare-up-plan-try = Öffne in Limber an einem ruhigen Tag einmal die Seite „Mein Rücken hat einen Schub“, damit du weißt, wo sie ist und was sie bietet, bevor du sie brauchst.
course-flare-up-plan-question = Was wirst du am ersten Tag deines nächsten Schubs tun? Schreib 2 oder 3 kleine Schritte auf.

## Lektion: was an einem schlechten Tag hilft.
course-flare-up-what-helps-title = Was an einem schlechten Tag hilft
course-flare-up-what-helps-key = Kleine, sanfte Dinge helfen einem Schub abzuklingen: bequeme Haltungen, Wärme, langsames Atmen und ein Tag, der in kleine Stücke geteilt ist.
course-flare-up-what-helps-p-1 = Such dir eine entlastende Haltung. Leg in Rückenlage die gebeugten Knie über ein oder zwei Kissen, in Seitenlage ein Kissen zwischen die Knie. Wechsle alle 20 bis 30 Minuten die Haltung, statt lange gleich zu liegen.
course-flare-up-what-helps-p-2 = Wärme kann verspannte Muskeln lockern. Probier ein warmes (nicht heißes) Wärmekissen oder eine warme Dusche für 15 bis 20 Minuten. Wickel das Kissen in ein Handtuch und schlaf nie darauf ein.
# „Sich verkrampfen“ (brace): den Körper gegen den Schmerz steif halten.
course-flare-up-what-helps-p-3 = Wenn der Schmerz plötzlich stärker wird, halten viele Menschen die Luft an und verkrampfen sich. Langsames Atmen mit einem langen, ruhigen Ausatmen hilft deinen Muskeln, loszulassen. Die Einheit zum langsamen Atmen für schwere Momente führt dich in Limber Schritt für Schritt hindurch.
course-flare-up-what-helps-p-4 = Teil Aufgaben in kleine Stücke und ruh dich aus, bevor der Schmerz zunimmt, nicht erst danach. Größere Aufgaben können auf einen besseren Tag warten.
course-flare-up-what-helps-example = An einem schlechten Morgen legte sich Elif auf die Seite, mit einem Kissen zwischen den Knien, und machte die Einheit zum langsamen Atmen. Danach duschte sie warm und teilte den Abwasch in 2 kleinere Portionen.
course-flare-up-what-helps-try = Probier die Einheit zum langsamen Atmen diese Woche einmal an einem ruhigen Tag aus, damit sie dir schon vertraut ist, wenn du sie brauchst.
course-flare-up-what-helps-question = Was hilft an einem schlechten Tag am ehesten?
course-flare-up-what-helps-option-1 = Den ganzen Tag in einer Haltung liegen, damit sich nichts bewegt.
course-flare-up-what-helps-option-2 = Alle 20 bis 30 Minuten die Haltung wechseln, dazu Wärme und langsames Atmen.
course-flare-up-what-helps-option-3 = Die ganze Liste erledigen, bevor der Schmerz zunimmt.
course-flare-up-what-helps-right = Genau. Zwischen bequemen Haltungen wechseln, Wärme und langsames Atmen helfen verspannten, empfindlichen Muskeln, sich zu beruhigen.
course-flare-up-what-helps-not-quite = Nicht ganz. In einer Haltung zu bleiben macht steifer, und alles auf einmal zu erledigen reizt den Schmerz eher. Wechsle oft die Haltung, nutze Wärme, atme langsam und teil Aufgaben in kleine Stücke.

## Lektion: wann du dich untersuchen lassen solltest (früher der Text „Wann du dich untersuchen
## lassen solltest“). Unter den Absätzen dieser Lektion zeigt die App die beiden Listen der
## Warnzeichen (coach-safety-*).
course-flare-up-get-checked-title = Wann du dich untersuchen lassen solltest
course-flare-up-get-checked-key = Limber kann dich nicht untersuchen, eine Arzt- oder Physiotherapiepraxis schon. Lass dich untersuchen, wenn ein Schub nicht besser wird, und hol dir bei Warnzeichen schnell Hilfe.
course-flare-up-get-checked-p-1 = Diese App gibt allgemeine Hinweise und kann nicht sagen, was hinter deinem Schmerz steckt. Ein Termin in einer Arzt- oder Physiotherapiepraxis lohnt sich, wenn dein Schmerz nach etwa 2 Wochen nicht besser geworden ist oder immer schlimmer wird.
course-flare-up-get-checked-p-2 = Wenn du noch andere Erkrankungen hast, sprich am besten auch mit einer medizinischen Fachkraft, bevor du mit einem neuen Übungsprogramm beginnst.
# „Beide Listen stehen unten“: die zwei Listen der Warnzeichen, die die App unter dieser Lektion zeigt.
course-flare-up-get-checked-p-3 = Einige Warnzeichen brauchen Behandlung statt Übungen: Bei manchen brauchst du sofort Notfallhilfe, bei anderen innerhalb von ein bis zwei Tagen einen Arzt oder eine Ärztin. Beide Listen stehen unten. Wenn etwas davon zutrifft, hör mit den Übungen auf und hol dir die Hilfe, die dort steht.
course-flare-up-get-checked-p-4 = Eine Untersuchung heißt nicht, dass etwas Schlimmes los ist. Oft bringt sie Beruhigung und Ratschläge, die zu dir passen.
course-flare-up-get-checked-example = Daniels Rücken war seit 2 Wochen nicht besser geworden, also machte er einen Termin bei einer Physiotherapeutin. Sie untersuchte ihn, fand nichts Beunruhigendes und änderte 2 seiner Übungen, und danach machte ihm Bewegung viel weniger Sorgen.
course-flare-up-get-checked-try = Lies die beiden Listen der Warnzeichen unten einmal durch, damit du sie erkennen würdest, falls sie jemals auftreten.
course-flare-up-get-checked-question = Dein Schub dauert schon etwa 2 Wochen, ohne besser zu werden. Was ist der beste nächste Schritt?
course-flare-up-get-checked-option-1 = Einen Termin in einer Arzt- oder Physiotherapiepraxis machen.
course-flare-up-get-checked-option-2 = Jede Bewegung einstellen, bis der Schmerz weg ist.
course-flare-up-get-checked-option-3 = Noch einen Monat warten, bevor du etwas unternimmst.
course-flare-up-get-checked-right = Richtig. Wenn es nach etwa 2 Wochen nicht besser ist oder schlimmer wird, lohnt es sich, deinen Rücken von jemandem anschauen zu lassen, der dich untersuchen kann.
course-flare-up-get-checked-not-quite = Nicht ganz. Wer jede Bewegung einstellt, wird eher steifer, und du musst nicht länger warten. Wenn es nach etwa 2 Wochen nicht besser ist, mach einen Termin in einer Arzt- oder Physiotherapiepraxis.

## Thema 5: Schlaf, Stress und Stimmung (Woche 5)

course-theme-5-title = Schlaf, Stress und Stimmung
course-theme-5-summary = Wie Schlaf, Stress und Stimmung den Schmerz lauter oder leiser drehen können, und kleine Dinge im Alltag, die helfen.

## Lektion: Schlaf und Schmerz verstärken sich gegenseitig.
course-sleep-and-pain-title = Schlaf und Schmerz hängen zusammen
course-sleep-and-pain-key = Schlechter Schlaf und Schmerz verstärken sich gegenseitig. Nach einer schlechten Nacht kann sich der Schmerz am nächsten Tag lauter anfühlen, und das geht vorbei.
course-sleep-and-pain-p-1 = Schmerz kann es schwer machen, eine bequeme Lage zu finden und durchzuschlafen. Nach einer schlechten Nacht ist das Alarmsystem deines Körpers empfindlicher, deshalb kann derselbe Rücken mehr wehtun. So kann das eine das andere am Laufen halten.
course-sleep-and-pain-p-2 = Die gute Nachricht: Dieser Kreislauf funktioniert in beide Richtungen. Besserer Schlaf nimmt dem Schmerz oft etwas die Spitze, und sanfte Bewegung am Tag hilft oft beim Schlafen.
course-sleep-and-pain-p-3 = Eine schlechte Nacht macht deine Fortschritte nicht zunichte. Bleib an einem müden Tag in Bewegung, aber sanft: Eine leichtere Einheit und ein kurzer Spaziergang reichen völlig.
course-sleep-and-pain-example = Nach einer unruhigen Nacht lag Majas Schmerz bei 6 von 10 statt wie sonst bei 4. Sie machte die leichtere Variante ihres Programms und einen kurzen Spaziergang, und bis zum Abend war ihr Schmerz wieder bei ihrem üblichen Wert.
course-sleep-and-pain-try = Notiere eine Woche lang jeden Morgen, ob du gut, mittelmäßig oder schlecht geschlafen hast, und daneben, wie sich dein Rücken anfühlt. Schau, ob sich die beiden zusammen verändern.
course-sleep-and-pain-question = Nach einer schlechten Nacht tut dein Rücken mehr weh als sonst. Was ist der wahrscheinlichste Grund?
course-sleep-and-pain-option-1 = Dein Rücken hat sich im Schlaf verletzt.
course-sleep-and-pain-option-2 = Die Müdigkeit hat deinen Körper eine Zeit lang schmerzempfindlicher gemacht.
course-sleep-and-pain-option-3 = Deine Übungen wirken nicht mehr.
course-sleep-and-pain-right = Genau. Schlechter Schlaf macht dich eine Zeit lang schmerzempfindlicher. Das geht vorbei, besonders nach einer besseren Nacht.
course-sleep-and-pain-not-quite = Nicht ganz. Nach einer schlechten Nacht tut derselbe Rücken oft mehr weh, weil Müdigkeit deinen Körper schmerzempfindlicher macht. Das ist kein neuer Schaden, und es geht vorbei.

## Lektion: zur Ruhe kommen für eine bessere Nacht.
course-sleep-better-nights-title = Für eine ruhigere Nacht
course-sleep-better-nights-key = Eine bequeme Lage, ein fester Rhythmus und ein ruhiger Ausklang des Tages geben dem Schlaf die beste Chance.
course-sleep-better-nights-p-1 = Stütz mit Kissen jede Lage, die bequem ist: unter den Knien, wenn du auf dem Rücken liegst, zwischen den Knien, wenn du auf der Seite liegst. Um mit Schmerzen aufzustehen, roll dich zuerst auf die Seite und drück dich dann mit den Armen hoch.
course-sleep-better-nights-p-2 = Halte einen festen Rhythmus. Steh jeden Tag ungefähr zur gleichen Zeit auf, auch am Wochenende, und gönn dir vor dem Schlafen eine ruhige halbe Stunde mit gedämpftem Licht und ohne Arbeit.
course-sleep-better-nights-p-3 = Wenn du schon lange wach liegst, steh auf und mach bei gedämpftem Licht etwas Ruhiges, und geh wieder ins Bett, wenn du müde wirst. Wer wach liegt und sich Sorgen um den Schlaf macht, hält ihn eher fern.
# „Ausklang“ (wind-down): ein ruhiges Ritual vor dem Schlafen. „Zur Ruhe kommen“: kurz für die Entspannungseinheit für die Schlafenszeit (calm-wind-down, Titel „Zur Ruhe kommen vor dem Schlafen“).
course-sleep-better-nights-p-4 = Die Einheit „Zur Ruhe kommen“ in Limber ist für die Schlafenszeit gemacht. Sie hilft deinem Körper und deinen Gedanken, langsamer zu werden.
course-sleep-better-nights-example = Felix schaute früher im Bett bis spät in die Nacht aufs Handy. Dann machte er stattdessen bei gedämpftem Licht die Einheit „Zur Ruhe kommen“, und nach einer Woche schlief er an den meisten Abenden schneller ein.
course-sleep-better-nights-try = Leg eine Uhrzeit zum Aufstehen fest und halte dich diese Woche jeden Tag daran. Probier an 3 Abenden im Bett die Einheit „Zur Ruhe kommen“ aus.
course-sleep-better-nights-question = Was hilft dir beim Schlafen, und was steht dir dabei eher im Weg?

## Lektion: Stress und Schmerz verstärken sich gegenseitig.
course-stress-turns-pain-up-title = Stress kann Schmerz lauter machen
course-stress-turns-pain-up-key = Stress und Schmerz verstärken sich gegenseitig. Wenn sich dein Körper ruhiger und sicherer fühlt, lässt oft auch der Schmerz etwas nach.
course-stress-turns-pain-up-p-1 = Schmerz ist der Alarm deines Körpers, und Stress macht diesen Alarm empfindlicher. In einer angespannten Woche verspannen sich deine Muskeln, du atmest schneller und flacher, und derselbe Rücken kann mehr wehtun.
course-stress-turns-pain-up-p-2 = Schmerz ist selbst schon belastend, deshalb können sich die beiden gegenseitig am Laufen halten. Stress lässt sich nicht immer abstellen, aber du kannst deinem Körper regelmäßig Zeichen geben, dass er sicher ist.
course-stress-turns-pain-up-p-3 = Langsames Atmen ist eines der einfachsten. Wenn du langsamer ausatmest, als du einatmest, hilft das deinem Körper, auf Ruhe umzuschalten. Wie jede Fähigkeit wirkt es am besten, wenn du es an ruhigen Tagen übst, damit es an schweren bereitsteht.
course-stress-turns-pain-up-p-4 = Zu den Entspannungseinheiten in Limber gehören langsames Atmen, eine Körperreise und sanfte Muskelentspannung. Ein paar Minuten am Tag reichen für den Anfang.
course-stress-turns-pain-up-example = In einer Woche voller Abgabetermine merkte Sven, dass ihm der Rücken am Nachmittag mehr wehtat. Er stellte sich eine Erinnerung, um nach dem Mittagessen am Schreibtisch die Einheit zum langsamen Atmen zu machen, und die Nachmittage fühlten sich leichter an.
course-stress-turns-pain-up-try = Probier diese Woche einmal am Tag eine der Entspannungseinheiten in Limber in einem ruhigen Moment aus, nicht nur in einem schweren.
course-stress-turns-pain-up-question = Warum kann eine stressige Woche deinen Rücken mehr wehtun lassen?
course-stress-turns-pain-up-option-1 = Stress schädigt die Bandscheiben in deinem Rücken.
course-stress-turns-pain-up-option-2 = Der Schmerz ist nicht echt: Er ist nur im Kopf.
course-stress-turns-pain-up-option-3 = Stress macht das Alarmsystem deines Körpers empfindlicher.
course-stress-turns-pain-up-right = Richtig. Stress dreht den Alarm deines Körpers hoch, deshalb kann derselbe Rücken mehr wehtun. Wenn du deinen Körper beruhigst, hilft das, ihn wieder herunterzudrehen.
course-stress-turns-pain-up-not-quite = Nicht ganz. Schmerz unter Stress ist echter Schmerz, und er bedeutet keinen Schaden. Stress macht das Alarmsystem deines Körpers empfindlicher, und wenn du deinen Körper beruhigst, hilft das, es wieder herunterzudrehen.

## Lektion: sorgenvolle Gedanken.
course-mood-worried-thoughts-title = Wenn die Sorgen überhandnehmen
course-mood-worried-thoughts-key = Sorgenvolle Gedanken, etwa das Gefühl, dass dein Rücken nie besser wird, sind häufig. Sie fühlen sich wie Tatsachen an, sind aber Vermutungen, auf die du antworten kannst.
course-mood-worried-thoughts-p-1 = Sorgen sind eine natürliche Reaktion auf Schmerz. Aber sorgenvolle Gedanken können Schmerz größer wirken lassen, Bewegung riskanter erscheinen lassen, als sie ist, und es schwerer machen, das zu tun, was hilft.
course-mood-worried-thoughts-p-2 = Es hilft, einen sorgenvollen Gedanken zu bemerken und ihm einen Namen zu geben: Das ist eine Sorge, keine Tatsache. Dann antworte ihm mit dem, was du weißt. Schübe sind schon früher abgeklungen. Schmerz ist kein Maß für Schaden. Kleine Schritte summieren sich.
# „Kognitive Verhaltenstherapie“: eine Gesprächstherapie, im Englischen oft CBT; hier mit ihrem üblichen deutschen Namen.
course-mood-worried-thoughts-p-3 = Fähigkeiten im Umgang mit Gedanken und Stress können bei Rückenschmerzen helfen. In einer Studie konnten Menschen, die Achtsamkeit oder kognitive Verhaltenstherapie gelernt hatten (eine Gesprächstherapie, die an Gedanken und Gewohnheiten arbeitet), nach 26 Wochen im Alltag mehr tun als Menschen mit der üblichen Behandlung.
course-mood-worried-thoughts-example = Hannah wachte steif auf und ertappte sich bei dem Gedanken, dass es für immer so bleiben würde. Sie schrieb den Gedanken auf und darunter, dass ihr letzter Schub innerhalb von ein paar Wochen abgeklungen war. Bis zum Mittag fühlte sie sich bereit für einen kurzen Spaziergang.
course-mood-worried-thoughts-try = Wenn ein sorgenvoller Gedanke mit „nie“ oder „immer“ auftaucht, schreib ihn auf, und schreib dann eine Sache dazu, die du weißt und die ihm antwortet.
course-mood-worried-thoughts-question = Ein Gedanke sagt dir, dass dein Rücken nie besser wird. Wie gehst du hilfreich damit um?
course-mood-worried-thoughts-option-1 = Ihn als Tatsache nehmen und dein Leben danach ausrichten.
course-mood-worried-thoughts-option-2 = Ihn als Sorge erkennen und ihm mit dem antworten, was du weißt.
course-mood-worried-thoughts-option-3 = Ihn wegschieben und versuchen, nie mehr an deinen Rücken zu denken.
course-mood-worried-thoughts-right = Genau. Wenn du ihn als Sorge benennst und ihm mit dem antwortest, was du weißt, verliert er etwas von seiner Macht.
course-mood-worried-thoughts-not-quite = Nicht ganz. Sorgenvolle Gedanken fühlen sich wie Tatsachen an, sind aber Vermutungen, und sie wegzuschieben hilft selten lange. Nenn den Gedanken eine Sorge, und antworte ihm dann.

## Lektion: Stimmung und das, was dir Freude macht.
course-mood-what-you-enjoy-title = Platz für das, was dir Freude macht
course-mood-what-you-enjoy-key = Schmerz kann nach und nach die Dinge verdrängen, die das Leben schön machen. Sie in kleinen Portionen zurückzuholen, hilft deiner Stimmung und deinem Rücken.
course-mood-what-you-enjoy-p-1 = Wenn dein Rücken wehtut, gibst du leicht Hobbys, Ausflüge und Treffen mit Freundinnen und Freunden auf. Das Leben wird kleiner, und die Stimmung sinkt oft mit. Gedrückte Stimmung kann Schmerz dann schwerer erträglich machen.
course-mood-what-you-enjoy-p-2 = Du musst nicht warten, bis der Schmerz weg ist. Such dir etwas aus, das dir gefehlt hat, und finde eine kleinere Version davon: 20 Minuten im Garten statt eines ganzen Nachmittags, oder einen Kaffee mit jemandem, den du magst, statt eines ganzen Tagesausflugs.
course-mood-what-you-enjoy-p-3 = Wenn du dich 2 Wochen oder länger an den meisten Tagen niedergeschlagen fühlst oder das Interesse an Dingen verloren hast, die dir früher Freude gemacht haben, sprich in deiner Hausarztpraxis darüber. Unterstützung für deine Stimmung gehört dazu, wenn du dich um deinen Rücken kümmerst, und ist nichts Getrenntes.
course-mood-what-you-enjoy-example = Peter ging nicht mehr zu seinem Chor, weil ihm 2 Stunden Stehen wehtaten. Dann ging er wieder hin, erst nur für die erste Hälfte, setzte sich zwischen den Liedern hin und kam müde, aber glücklich nach Hause.
course-mood-what-you-enjoy-try = Such dir eine Sache aus, die dir gefehlt hat, und plane diese Woche eine kleinere Version davon. Trag sie dir wie einen Termin in den Kalender ein.
course-mood-what-you-enjoy-question = Was hat dein Rücken aus deinem Leben verdrängt, das du gern zurückholen würdest, auch nur ein bisschen?

## Thema 6: Arbeit, Alltag und Gesundbleiben (Woche 6)

course-theme-6-title = Alltag und Gesundbleiben
course-theme-6-summary = Arbeit, Gehen und kleine Gewohnheiten im Alltag, die dich in Bewegung halten und dafür sorgen, dass es deinem Rücken länger gut geht.

## Lektion: Arbeit und Alltag weiterführen (früher der Text „Dein Alltag geht weiter“).
course-work-and-daily-life-title = Arbeit und Alltag gehen weiter
course-work-and-daily-life-key = So gut es geht mit deinen gewohnten Aktivitäten weiterzumachen, gehört dazu, wenn du dich um deinen Rücken kümmerst. Das gilt auch für die Arbeit.
course-work-and-daily-life-p-1 = Leitlinien zu Schmerzen im unteren Rücken raten dazu, normale Aktivitäten möglichst beizubehalten: Arbeit, Haushalt, Hobbys, Freunde treffen. Vielleicht musst du manches eine Zeit lang langsamer oder in kleineren Portionen machen, und das ist in Ordnung.
course-work-and-daily-life-p-2 = Bei der Arbeit zu bleiben oder mit ein paar Anpassungen auf Zeit zurückzukehren, hilft meist bei der Erholung. Frag nach, was es dir leichter machen würde: mehr Pausen, leichtere Aufgaben oder ein Wechsel zwischen Sitzen und Stehen.
# „TENS-Gerät“: ein kleines Gerät, das schwache elektrische Impulse durch die Haut schickt; „TENS“ bleibt.
course-work-and-daily-life-p-3 = Manche Produkte versprechen eine schnelle Lösung. Die britische Leitlinie von NICE empfiehlt bei Schmerzen im unteren Rücken weder Rückengurte noch Traktion oder TENS-Geräte, du musst also kein Geld dafür ausgeben. Was sie unterstützt: aktiv bleiben, Bewegung machen, die dir Spaß macht, und dich mit der Zeit sanft steigern.
course-work-and-daily-life-example = Dennis arbeitet in einem Lager. Nach einem Schub vereinbarte er mit seinem Chef, 2 Wochen lang leichtere Arbeiten zu machen, mit einer kurzen Pause jede Stunde, und kehrte dann zu seiner üblichen Arbeit zurück.
course-work-and-daily-life-try = Such dir eine alltägliche Tätigkeit aus, die du gemieden hast, und mach diese Woche ein kleineres Stück davon, etwa eine Ladung Wäsche oder einen kurzen Weg zum Einkaufen.
course-work-and-daily-life-question = Was unterstützt die britische Leitlinie von NICE bei Schmerzen im unteren Rücken?
course-work-and-daily-life-option-1 = Aktiv bleiben und den Alltag weiterführen.
course-work-and-daily-life-option-2 = Jeden Tag einen Rückengurt tragen.
course-work-and-daily-life-option-3 = Ein TENS-Gerät kaufen.
course-work-and-daily-life-right = Richtig. Deine normalen Aktivitäten weiterzuführen, mit Bewegung, die dir Spaß macht, ist das, was die Leitlinie unterstützt.
course-work-and-daily-life-not-quite = Nicht ganz. NICE empfiehlt weder Rückengurte noch Traktion oder TENS-Geräte. Die Leitlinie unterstützt, aktiv zu bleiben und den Alltag weiterzuführen.

## Lektion: Gehen und weniger Schübe (früher der Text „Warum Gehen“). Jede Zahl bleibt.
course-walking-fewer-flares-title = Gehen hält Schübe länger fern
course-walking-fewer-flares-key = Regelmäßiges Gehen, sanft gesteigert, kann helfen, dass es deinem Rücken länger gut geht. In einer großen Studie blieben die Menschen, die gingen, fast doppelt so lange ohne Schub.
course-walking-fewer-flares-p-1 = Die WalkBack-Studie, 2024 in The Lancet veröffentlicht, begleitete 701 Erwachsene, die sich kurz zuvor von einer Phase mit Schmerzen im unteren Rücken erholt hatten. Die Hälfte bekam ein Gehprogramm, das sich Schritt für Schritt steigerte, dazu etwas Aufklärung. Die andere Hälfte bekam keine Behandlung.
course-walking-fewer-flares-p-2 = Die Gehgruppe hatte ein um etwa ein Viertel geringeres Risiko für einen Schub, der sie im Alltag einschränkte (eine Hazard Ratio von 0,72). Typischerweise vergingen dort 208 Tage bis zu einem solchen Schub, ohne das Programm 112 Tage.
# „Ausgangswoche“: die erste Woche des Gehplans, in der sich eine angenehme Länge zeigt.
course-walking-fewer-flares-p-3 = Limbers Gehplan steigert sich auf dieselbe sanfte Weise. In einer Ausgangswoche machst du bis zu 3 Spaziergänge in einer angenehmen Länge. Dein Plan beginnt bei etwa 80 % davon und legt dann pro Woche etwa 10 % zu, aber nur nach einer Woche, die wie geplant lief. Nach einem Schub bleibt er gleich oder geht zurück.
course-walking-fewer-flares-p-4 = Das Ziel sind 30 Minuten an 5 Tagen: 150 Minuten pro Woche, so viel mäßig anstrengende Bewegung, wie die Weltgesundheitsorganisation Erwachsenen empfiehlt. Du kannst einen Spaziergang in kürzere Abschnitte teilen, zum Beispiel 3 Spaziergänge à 10 Minuten.
course-walking-fewer-flares-example = Renates Spaziergänge in der Ausgangswoche dauerten etwa 10 Minuten, also begann ihr Plan bei 8. Jede Woche kam ein bisschen dazu, und innerhalb von 2 Monaten ging sie an den meisten Tagen 15 Minuten.
course-walking-fewer-flares-try = Geh diese Woche immer zur gleichen Tageszeit spazieren, etwa nach dem Mittagessen, damit es ein fester Teil deines Tages wird.
course-walking-fewer-flares-question = Wann und wo gehst du am liebsten, und wie könntest du das zu einem Teil deiner Woche machen?

## Lektion: sanftes Ausdauertraining (früher der Text „Sanfte Ausdauer für deinen Rücken“).
course-walking-gentle-cardio-title = Sanfte Ausdauer für deinen Rücken
course-walking-gentle-cardio-key = Gehen, Schwimmen, Radfahren und Wassergymnastik bringen dein Herz in Schwung, ohne deinen Rücken zu erschüttern.
course-walking-gentle-cardio-p-1 = Schonendes Ausdauertraining heißt: Bewegung, die deinen Puls hebt, ohne dass dein Körper Stöße oder Erschütterungen abbekommt. Denk an Gehen, Schwimmen, den Heimtrainer oder einen Kurs für Wassergymnastik.
course-walking-gentle-cardio-p-2 = Weil diese Bewegungsarten deine Wirbelsäule schonen, sind sie ein guter Einstieg. Sie machen fitter, bringen mehr Blut in deinen Rücken und können dafür sorgen, dass du dich insgesamt wohler fühlst.
course-walking-gentle-cardio-p-3 = Gehen lässt sich am leichtesten in den Tag einbauen: Ein paar Minuten in angenehmem Tempo reichen für den Anfang völlig. Im Wasser wird ein Teil deines Gewichts getragen, deshalb fällt Bewegung dort oft leichter.
# „Eintragen“: danach in der App festhalten.
course-walking-gentle-cardio-p-4 = Fang mit kurzen Einheiten an und leg alle paar Tage etwas Zeit drauf, wenn es sich angenehm anfühlt. Das alles kannst du ohne Handy machen und danach in Limber eintragen.
course-walking-gentle-cardio-example = Die hügeligen Straßen machten Claudia das Gehen schwer, also probierte sie einen Kurs für Wassergymnastik im Schwimmbad in ihrer Nähe aus. Anfangs machte sie die Hälfte des Kurses mit, inzwischen bleibt sie bis zum Schluss.
course-walking-gentle-cardio-try = Probier diese Woche kurz ein sanftes Ausdauertraining aus, das du sonst nicht machst, und trag es danach ein.
course-walking-gentle-cardio-question = Warum kann sich Schwimmen oder Wassergymnastik leichter anfühlen, wenn dein Rücken wehtut?
course-walking-gentle-cardio-option-1 = Kaltes Wasser betäubt deinen Rücken.
course-walking-gentle-cardio-option-2 = Dein Rücken bewegt sich im Wasser gar nicht.
course-walking-gentle-cardio-option-3 = Das Wasser trägt einen Teil deines Gewichts.
course-walking-gentle-cardio-right = Genau. Im Wasser wird ein Teil deines Gewichts getragen, deshalb fällt Bewegung dort oft leichter.
course-walking-gentle-cardio-not-quite = Nicht ganz. Dein Rücken bewegt sich auch im Wasser, und das tut ihm gut. Bewegung fällt leichter, weil das Wasser einen Teil deines Gewichts trägt.

## Lektion: oft ein bisschen (früher der Text „Oft ein bisschen“).
course-well-little-often-title = Oft ein bisschen
course-well-little-often-key = Ein paar Minuten an den meisten Tagen tun deinem Rücken mehr gut als ab und zu eine große Einheit.
course-well-little-often-p-1 = Regelmäßige kleine Portionen Bewegung summieren sich. Ein kurzes Programm lässt sich an vollen oder schmerzhaften Tagen auch leichter durchhalten als ein langes Training.
course-well-little-often-p-2 = Misch ein bisschen: etwas Kraft, etwas Dehnen und etwas sanfte Ausdauer wie Gehen. Jede Art von Bewegung hilft auf ihre Weise, und Abwechslung hält es spannend.
course-well-little-often-p-3 = Bewegung im Stil von Yoga und Pilates, die Kraft, Dehnen und langsames Atmen verbindet, tut vielen Menschen mit Rückenschmerzen gut. Probier sanfte Einsteigerstunden und lass alles weg, was sich nicht richtig anfühlt.
# Ein „Wenn-dann-Plan“ verknüpft eine Situation mit einer Handlung: Wenn das passiert, dann tue ich das.
course-well-little-often-p-4 = Knüpf dein Programm an etwas, das du sowieso jeden Tag machst, zum Beispiel an deine Tasse Tee am Morgen, damit es zur Gewohnheit wird. Auch ein Wenn-dann-Plan hilft: Wenn es regnet, dann gehe ich im Einkaufszentrum spazieren. Solche Pläne verdoppeln ungefähr die Chance, dass du es wirklich durchziehst.
course-well-little-often-example = Aylin macht ihr Programm, während das Wasser für ihren Morgentee kocht. Ihr Wenn-dann-Plan ist einfach: Wenn sie spät dran ist, dann macht sie nur die ersten 2 Übungen.
course-well-little-often-try = Schreib einen Wenn-dann-Plan für das, was dein Programm diese Woche am ehesten aus der Bahn werfen könnte.
course-well-little-often-question = Was hilft deinem Rücken in den nächsten Monaten am ehesten?
course-well-little-often-option-1 = Eine lange, harte Einheit am Wochenende.
course-well-little-often-option-2 = Ein paar Minuten an den meisten Tagen, mit Kraft, Dehnen und Gehen gemischt.
course-well-little-often-option-3 = Mit dem Üben warten, bis du eine Stunde Zeit hast.
course-well-little-often-right = Richtig. Kleine, regelmäßige Portionen summieren sich, und ein kurzes Programm lässt sich an vollen oder schmerzhaften Tagen leichter durchhalten.
course-well-little-often-not-quite = Nicht ganz. Ein paar Minuten an den meisten Tagen, gemischt aus Kraft, Dehnen und Gehen, bringen mehr als ab und zu eine große Einheit.

## Lektion: Gewicht und dein Rücken (früher der Text „Gewicht und dein Rücken“).
course-well-healthy-weight-title = Gewicht und dein Rücken
course-well-healthy-weight-key = Bei einem für dich gesunden Gewicht lastet weniger auf deiner Wirbelsäule, und sanfte, regelmäßige Bewegung hilft mit der Zeit dabei.
course-well-healthy-weight-p-1 = Dein unterer Rücken trägt dein Gewicht jedes Mal mit, wenn du stehst, gehst oder dich bückst. So gehört dein Gewicht jeden Tag zur Last auf deiner Wirbelsäule.
course-well-healthy-weight-p-2 = Es geht nicht um strenge Diäten oder darum, einer Zahl hinterherzujagen. Die Spaziergänge und Übungen in deinem Programm sind schon ein freundlicher, beständiger Weg, mit der Zeit auf dein Gewicht zu achten.
course-well-healthy-weight-p-3 = Wenn du dir mehr Unterstützung beim Gewicht wünschst, kann dich eine medizinische Fachkraft in einem Tempo begleiten, das zu dir passt. Sei dabei freundlich zu dir selbst: Kleine Veränderungen, die du beibehalten kannst, zählen mehr als große, die du nicht durchhältst.
course-well-healthy-weight-example = Andreas wollte etwas abnehmen, aber schon der Gedanke an eine Diät schreckte ihn ab. Er blieb bei seinen Spaziergängen, aß an den meisten Nachmittagen Obst statt Kekse und bat das Team seiner Hausarztpraxis, ab und zu nachzufragen, wie es ihm geht.
course-well-healthy-weight-try = Such dir eine kleine Veränderung aus, die du durchhalten kannst, etwa einen Spaziergang nach dem Abendessen, und mach sie diese Woche an 3 Tagen.
course-well-healthy-weight-question = Wie achtest du für deinen Rücken am freundlichsten auf dein Gewicht?
course-well-healthy-weight-option-1 = Mit kleinen, beständigen Gewohnheiten, wie regelmäßigen Spaziergängen.
course-well-healthy-weight-option-2 = Mit einer strengen Diät für ein paar Wochen.
course-well-healthy-weight-option-3 = Indem du an schmerzhaften Tagen Mahlzeiten auslässt.
course-well-healthy-weight-right = Genau. Mit kleinen Gewohnheiten, die du durchhalten kannst, wie deinen Spaziergängen und Übungen, achtest du beständig und mit der Zeit auf dein Gewicht.
course-well-healthy-weight-not-quite = Nicht ganz. Strenge Diäten und ausgelassene Mahlzeiten hält man schwer durch. Kleine, beständige Gewohnheiten wie deine Spaziergänge und Übungen bringen mit der Zeit mehr.

## Lektion: wenn Rückenschmerzen wiederkommen.
course-well-if-it-comes-back-title = Wenn die Rückenschmerzen wiederkommen
course-well-if-it-comes-back-key = Bei vielen Menschen kommen Rückenschmerzen irgendwann wieder. Das heißt nicht, dass du von vorn anfängst: Du weißt jetzt, was hilft.
course-well-if-it-comes-back-p-1 = Eine neue Phase mit Rückenschmerzen ist kein Zeichen dafür, dass dein Rücken schwach ist oder dass du etwas falsch gemacht hast. Rücken haben gute und schlechte Zeiten, so wie wir alle, und die meisten Phasen klingen wieder ab.
course-well-if-it-comes-back-p-2 = Was du in diesen 6 Wochen geübt hast, bleibt dir: dich oft und wenig bewegen, dich sanft steigern, dein Schubplan, langsames Atmen und die Warnzeichen kennen. Wenn der Schmerz zurückkommt, fang damit an und nicht mit Schonung.
course-well-if-it-comes-back-p-3 = Um gesund zu bleiben, reichen meist dieselben Gewohnheiten in leichterer Form: regelmäßige Spaziergänge, ein paarmal pro Woche ein kurzes Programm und ein Auge auf Schlaf und Stress. Der wöchentliche Check-in hilft dir, früh zu bemerken, wenn die Dinge ins Rutschen kommen.
course-well-if-it-comes-back-example = Ein Jahr nach ihrer ersten schlimmen Phase hatte Gabis Rücken beim Umzug wieder einen Schub. Diesmal geriet sie nicht in Panik: Sie nutzte ihren Schubplan, ging jeden Tag ein bisschen spazieren und war innerhalb von ein paar Wochen wieder bei ihrem üblichen Wert.
course-well-if-it-comes-back-try = Leg fest, welche Gewohnheiten du nach dem Ende des Kurses beibehältst, etwa 3 Spaziergänge und 2 kurze Programme pro Woche, und trag sie in deinen Kalender ein.
course-well-if-it-comes-back-question = Was hat deinem Rücken in diesen 6 Wochen am meisten geholfen, und wie behältst du es in deiner Woche bei?
