### Deutsch. Wissen: kurze Texte darüber, wie man mit Schmerzen im unteren Rücken lebt und sich
### bewegt, und die Seiten darum herum. Ruhig, klar und kurz; Fakten und Zahlen genau wie im
### Englischen.

## Die Seiten

learn-title = Wissen
learn-lead = Ein paar Minuten Lesen, und die Übungen ergeben mehr Sinn.
learn-back = ‹ Alle Texte
learn-next-read = Als Nächstes lesen
learn-sources-heading = Woher das kommt

## Am Ende von „Schmerz heißt nicht Schaden“: die Regel mit den eigenen Zahlen der Person.

learn-your-bands = Dein üblicher Schmerz liegt bei etwa { $usual }, nach deinen letzten Antworten. Beim Üben ist Schmerz bis { $green } in Ordnung, bis { $amber } okay, wenn er bis zum nächsten Morgen nachlässt, und alles darüber (oder Schmerz, der ins Bein ausstrahlt) heißt: mach es leichter.
learn-your-bands-no-amber = Dein üblicher Schmerz liegt bei etwa { $usual }, nach deinen letzten Antworten. Beim Üben ist Schmerz bis { $green } in Ordnung, und alles darüber (oder Schmerz, der ins Bein ausstrahlt) heißt: mach es leichter.

## Quellen

learn-source-silbernagel = Modell zur Schmerzkontrolle: Silbernagel et al., Am J Sports Med, 2007 (eine Studie zu Schmerzen an der Achillessehne)
learn-source-walkback = WalkBack-Studie: Pocovi et al., The Lancet, 2024
learn-source-who-2020 = WHO-Leitlinien zu körperlicher Aktivität und sitzendem Verhalten, 2020
learn-source-nice-ng59 = NICE-Leitlinie NG59, Low back pain and sciatica in over 16s, 2016

## Die Texte, in Lesereihenfolge

learn-why-movement-summary = Mit sanfter, regelmäßiger Bewegung erholt sich ein schmerzender Rücken oft schneller als mit Schonung.
learn-why-movement-p-1 = Rückenschmerzen sind sehr häufig: Bis zu 8 von 10 Menschen haben sie irgendwann im Leben. Wenn dein Rücken gerade wehtut, bist du also in guter Gesellschaft.
learn-why-movement-p-2 = Wenn es wehtut, scheint Stillliegen das Vernünftigste zu sein. Doch lange Ruhephasen helfen meist nicht. Muskeln, die nicht gebraucht werden, werden schwächer, Gelenke werden steifer, und Bewegung fällt irgendwann schwerer als vorher.
learn-why-movement-p-3 = Regelmäßige Bewegung wirkt genau andersherum. Kräftigere Muskeln an Bauch, Seiten, unterem Rücken und Hüften stützen deine Wirbelsäule besser. Bewegung bringt außerdem mehr Blut in diese Gegend und setzt Endorphine frei, die körpereigenen Schmerzlinderer, die auch deine Stimmung heben können.
learn-why-movement-p-4 = Sieh sanfte Bewegung also als Teil der Behandlung, nicht als Belohnung für später, wenn der Schmerz weg ist. Auch wenig zählt, und von da aus kannst du dich steigern.

learn-hurt-vs-harm-summary = Etwas Schmerz beim Üben ist in Ordnung. Eine Einschätzung von 0 bis 10, gemessen an deinem üblichen Schmerz, zeigt dir, ob du weitermachst oder es leichter machst.
learn-hurt-vs-harm-p-1 = Wenn du beim Bewegen etwas Schmerz spürst, heißt das nicht unbedingt, dass du dir schadest. Ein schmerzender Rücken kann eine Zeit lang besonders empfindlich sein, und ruhiges, regelmäßiges Üben hilft ihm, sich wieder an Bewegung zu gewöhnen.
learn-hurt-vs-harm-p-2 = Schätze beim Üben deinen Schmerz von 0 (gar kein Schmerz) bis 10 (der schlimmste, den du dir vorstellen kannst) ein. Limber nutzt die drei Bereiche unten, sobald du angibst, dass etwas wehtut.
learn-hurt-vs-harm-p-3 = Diese Art, den Schmerz im Blick zu behalten, stammt aus der Forschung in der Physiotherapie. Liegt dein Rücken an den meisten Tagen schon über 3, wandern die Bereiche mit: Dein üblicher Wert ist grün, bis etwa 2 Punkte darüber gelb, und alles darüber, oder ab 8, rot. Limber ermittelt deinen üblichen Wert aus deinen letzten Antworten.
learn-hurt-vs-harm-p-4 = Rot ist kein Versagen und heißt nicht, dass du dich nicht mehr bewegen sollst. Mach die Übung leichter, oder lass sie weg und ruh dich aus, und versuch es an einem anderen Tag wieder. Wenn dein Schmerz hoch bleibt, lass ihn ärztlich oder physiotherapeutisch abklären.
learn-hurt-vs-harm-point-1 = Grün, 0 bis 3/10 (oder bis zu deinem üblichen Wert): in Ordnung. Mach weiter, beweg dich langsam und atme ruhig.
learn-hurt-vs-harm-point-2 = Gelb, 4 bis 5/10 (oder bis 2 über deinem üblichen Wert): in Ordnung, wenn es bis zum nächsten Morgen nachlässt. Fahr etwas zurück: weniger Wiederholungen, kleinere Bewegungen.
learn-hurt-vs-harm-point-3 = Rot, ab 6/10 (oder 3 über deinem üblichen Wert, oder ab 8), oder Schmerz, der ins Bein ausstrahlt: Hör mit dieser Übung auf; probier die leichtere Variante oder lass sie weg.

learn-next-morning-summary = Wie sich dein Rücken am Morgen nach einer Einheit anfühlt, zeigt am besten, ob es die richtige Menge war.
learn-next-morning-p-1 = Während einer Einheit ist schwer einzuschätzen, wie viel richtig ist. Dein Rücken antwortet später deutlicher: wie er sich am nächsten Morgen anfühlt, verglichen mit vor dem Üben.
learn-next-morning-p-2 = Deshalb fragt Limber dich am Tag nach einer Einheit einmal: Geht es deinem Rücken besser, ungefähr gleich oder schlechter als vorher? Wähl eine Antwort und speichere; deinen Schmerzwert anzugeben ist freiwillig.
learn-next-morning-p-3 = Ein bisschen Schmerz während einer Einheit ist in Ordnung, solange er bis zum nächsten Morgen nachgelassen hat. Das ist dieselbe Regel wie bei der Einschätzung von 0 bis 10, nur vom Tag danach aus gesehen.
learn-next-morning-point-1 = Besser oder ungefähr gleich: Die Menge hat gepasst, du kannst dich steigern.
learn-next-morning-point-2 = Schlechter: Deine nächste Einheit geht einen kleinen Schritt zurück, damit sich dein Rücken beruhigen kann.

learn-pacing-summary = In kleinen, stetigen Schritten kommt die Kraft zurück, ohne deinen Rücken zu reizen.
learn-pacing-p-1 = An einem guten Tag ist es verlockend, viel zu machen. Ein langsamer Start tut dir meist besser: Fang mit sanfter, schonender Bewegung an, etwa einem kurzen Spaziergang, und lass deinen Körper zeigen, wofür er bereit ist.
learn-pacing-p-2 = Wenn sich eine Übung angenehm anfühlt, leg etwas drauf: ein oder zwei Wiederholungen mehr oder etwas mehr Zeit. Bleib dann ein paar Tage dabei, bevor du weiter steigerst. Langsamer Fortschritt ist auch Fortschritt.
learn-pacing-p-3 = Wenn dein Schmerz aufflammt, musst du nicht von vorn anfangen. Geh zurück auf die letzte Stufe, die sich angenehm angefühlt hat, bleib dort, bis sich alles beruhigt, und steigere dich dann wieder.
learn-pacing-point-1 = Fühlt sich angenehm an? 1 oder 2 Wiederholungen mehr, oder etwas mehr Zeit.
learn-pacing-point-2 = Lass zwischen zwei Steigerungen ein paar Tage Zeit.
learn-pacing-point-3 = Schmerz flammt auf? Zurück auf deine letzte angenehme Stufe.

learn-why-walking-summary = Eine große Studie zeigte: Ein einfaches Gehprogramm half Menschen, länger ohne einen Schub von Rückenschmerzen zu bleiben.
learn-why-walking-p-1 = Die WalkBack-Studie, 2024 in The Lancet veröffentlicht, begleitete 701 Erwachsene, die sich kurz zuvor von einer Phase mit Schmerzen im unteren Rücken erholt hatten. Die Hälfte bekam ein Gehprogramm, das sich Schritt für Schritt steigerte, dazu etwas Aufklärung. Die andere Hälfte bekam keine Behandlung.
learn-why-walking-p-2 = Die Gehgruppe hatte ein um etwa ein Viertel geringeres Risiko für einen Schub, der sie im Alltag einschränkte (eine Hazard Ratio von 0,72). Typischerweise vergingen dort 208 Tage bis zu einem solchen Schub, ohne das Programm 112 Tage: fast doppelt so lange.
learn-why-walking-p-3 = Limbers Gehplan steigert sich auf dieselbe sanfte Weise. In einer Ausgangswoche machst du bis zu 3 Spaziergänge in einer angenehmen Länge. Dein Plan beginnt bei etwa 80 % davon und legt dann pro Woche etwa 10 % zu, aber nur nach einer Woche, die wie geplant lief. Nach einem Schub bleibt er gleich oder geht zurück.
learn-why-walking-p-4 = Das Ziel sind 30 Minuten an 5 Tagen: 150 Minuten pro Woche, so viel mäßig anstrengende Bewegung, wie die Weltgesundheitsorganisation Erwachsenen empfiehlt. Du kannst einen Spaziergang in kürzere Abschnitte teilen, zum Beispiel 3 Spaziergänge à 10 Minuten.

learn-flare-up-plan-summary = Tage mit schlimmem Rücken sind hart, und ein einfacher Plan hilft dir, dich trotzdem sanft weiter zu bewegen.
learn-flare-up-plan-p-1 = Ein Schub ist eine Phase, in der dein Schmerz stärker ist als sonst. Das kann beunruhigen, aber mehr Schmerz heißt nicht unbedingt mehr Schaden, und langes Stillhalten macht eher noch steifer.
learn-flare-up-plan-p-2 = Bleib in Bewegung, mach nur weniger. Halte deine Einheiten kürzer und wähl die leichteren Varianten deiner Übungen. Kurze Spaziergänge, oft und wenig über den Tag verteilt, halten dich aktiv, ohne dich zu überfordern.
learn-flare-up-plan-p-3 = Wenn es sich beruhigt, steigere dich Schritt für Schritt von deiner letzten angenehmen Stufe aus, statt sofort wieder dort einzusteigen, wo du vorher warst.
learn-flare-up-plan-p-4 = Lass dich ärztlich oder physiotherapeutisch untersuchen, wenn ein Schub nach etwa 2 Wochen nicht besser ist oder immer schlimmer wird. Wenn du eines der Warnzeichen aus „Wann du dich untersuchen lassen solltest“ bemerkst, hol dir noch am selben Tag ärztliche Hilfe.
learn-flare-up-plan-point-1 = Bleib sanft in Bewegung, statt ganz aufzuhören.
learn-flare-up-plan-point-2 = Kürzere Einheiten, leichtere Varianten.
learn-flare-up-plan-point-3 = Geh oft, aber nur kurz.
learn-flare-up-plan-point-4 = Steigere dich Schritt für Schritt wieder.

learn-see-a-professional-summary = Limber gibt allgemeine Hinweise und stellt keine Diagnose. Hier steht, wann es sich lohnt, deinen Rücken untersuchen zu lassen.
learn-see-a-professional-p-1 = Diese App kann dich nicht untersuchen und nicht sagen, was hinter deinem Schmerz steckt. Ärztinnen und Ärzte, Physiotherapeutinnen und Physiotherapeuten können das. Ein Termin lohnt sich, wenn dein Schmerz nach etwa 2 Wochen nicht besser geworden ist oder schlimmer wird.
learn-see-a-professional-p-2 = Wenn du noch andere Erkrankungen hast, sprich am besten auch mit einer Fachperson, bevor du mit einem neuen Übungsprogramm beginnst.
learn-see-a-professional-p-3 = Manche Warnzeichen brauchen Behandlung statt Übungen: Bei einigen brauchst du sofort Notfallhilfe, bei anderen innerhalb von ein bis zwei Tagen einen Arzt oder eine Ärztin. Beide Listen stehen unten. Wenn etwas davon zutrifft, hör mit den Übungen auf und hol dir die Hilfe, die dort steht.

learn-low-impact-cardio-summary = Gehen, Schwimmen, Radfahren und Wassergymnastik bringen dein Herz in Schwung, ohne deinen Rücken zu erschüttern.
learn-low-impact-cardio-p-1 = Schonendes Ausdauertraining heißt: Bewegung, die deinen Puls hebt, ohne dass dein Körper Stöße oder Erschütterungen abbekommt. Denk an Gehen, Schwimmen, den Heimtrainer oder einen Kurs für Wassergymnastik.
learn-low-impact-cardio-p-2 = Weil diese Bewegungsarten deine Wirbelsäule schonen, sind sie ein guter Einstieg. Sie machen fitter, bringen mehr Blut in deinen Rücken und können dafür sorgen, dass du dich insgesamt wohler fühlst.
learn-low-impact-cardio-p-3 = Gehen lässt sich am leichtesten in den Tag einbauen: Ein paar Minuten in angenehmem Tempo reichen für den Anfang völlig. Im Wasser wird ein Teil deines Gewichts getragen, deshalb fällt Bewegung dort oft leichter.
learn-low-impact-cardio-p-4 = Fang mit kurzen Einheiten an und leg alle paar Tage etwas Zeit drauf, wenn es sich angenehm anfühlt. Das alles kannst du ohne Handy machen und danach eintragen.

learn-core-strength-summary = Dein Rumpf ist das Team aus Muskeln rund um deine Körpermitte, und sanftes Krafttraining hilft ihnen, deine Wirbelsäule zu stützen.
learn-core-strength-p-1 = Dein Rumpf ist mehr als dein Bauch. Er ist der Ring aus Muskeln rund um deine Körpermitte: vorne, an den Seiten, im unteren Rücken und an den Hüften. Zusammen helfen sie, deine Wirbelsäule beim Bewegen zu stützen.
learn-core-strength-p-2 = Du brauchst keine Bauchpressen und keine schweren Gewichte. Einfache Übungen wie Beckenkippen, Brücke und ein abgewandelter Unterarmstütz bauen diesen Halt sanft auf. Fang mit der leichtesten Variante an und steigere dich, wenn es sich angenehm anfühlt.
learn-core-strength-p-3 = Beweg dich langsam, atme weiter und hör auf, bevor du dich überanstrengst. Wenige gute Wiederholungen zählen mehr als viele.
learn-core-strength-point-1 = Beckenkippen: Leg dich mit gebeugten Knien auf den Rücken, drück deinen unteren Rücken sanft Richtung Boden und lass dann wieder locker.
learn-core-strength-point-2 = Brücke: Leg dich mit gebeugten Knien auf den Rücken, heb dein Becken ein Stück an und senk es langsam wieder ab.
learn-core-strength-point-3 = Abgewandelter Unterarmstütz: Halte den Stütz auf den Knien oder Unterarmen für ein paar langsame Atemzüge.

learn-stretch-gently-summary = Sanfte Dehnungen für Hüften, Beine und unteren Rücken können Spannung lösen und dir mehr Bewegungsfreiheit geben.
learn-stretch-gently-p-1 = Dehnen von Hüften, Beinen und unterem Rücken hilft, Spannung zu lösen, und gibt dir mehr Spielraum beim Bewegen. Es ist ein ruhiger, leichter Weg, eine Einheit zu beginnen oder abzuschließen.
learn-stretch-gently-p-2 = Geh langsam in jede Dehnung, bis du einen sanften Zug spürst, und halte dann still. Nicht wippen und nichts erzwingen: Eine gute Dehnung fühlt sich wie Erleichterung an, nicht wie ein Kampf.
learn-stretch-gently-p-3 = Atme langsam und lass dich mit jedem Ausatmen ein wenig mehr entspannen. Wenn eine Dehnung deinen Schmerz verstärkt, lass etwas nach oder probier eine andere.
learn-stretch-gently-point-1 = Still halten, nicht wippen.
learn-stretch-gently-point-2 = Ein sanfter Zug reicht.
learn-stretch-gently-point-3 = Weiteratmen, langsam und ruhig.

learn-stay-consistent-summary = Ein paar Minuten an den meisten Tagen tun deinem Rücken mehr gut als ab und zu eine große Einheit.
learn-stay-consistent-p-1 = Regelmäßige kleine Portionen Bewegung summieren sich. Ein kurzes Programm lässt sich an vollen oder schmerzhaften Tagen auch leichter durchhalten als ein langes Training.
learn-stay-consistent-p-2 = Misch ein bisschen: etwas Kraft, etwas Dehnen und etwas sanfte Ausdauer wie Gehen. Jede Art von Bewegung hilft auf ihre Weise, und Abwechslung hält es spannend.
learn-stay-consistent-p-3 = Bewegung im Stil von Yoga und Pilates, die Kraft, Dehnen und langsames Atmen verbindet, tut vielen Menschen mit Rückenschmerzen gut. Probier sanfte Einsteigerstunden und lass alles weg, was sich nicht richtig anfühlt.
learn-stay-consistent-p-4 = Es kann helfen, dein Programm an etwas zu knüpfen, das du sowieso jeden Tag machst, zum Beispiel an deinen Morgenkaffee, damit es zur Gewohnheit wird.

learn-healthy-weight-summary = Ein gesundes Gewicht heißt weniger Last für deine Wirbelsäule, und regelmäßige sanfte Bewegung kann mit der Zeit dabei helfen.
learn-healthy-weight-p-1 = Dein unterer Rücken trägt dein Gewicht jedes Mal mit, wenn du stehst, gehst oder dich bückst. Bei einem für dich gesunden Gewicht lastet weniger auf deiner Wirbelsäule.
learn-healthy-weight-p-2 = Es geht nicht um strenge Diäten oder darum, einer Zahl hinterherzujagen. Die Spaziergänge und Übungen in deinem Programm sind schon ein freundlicher, beständiger Weg, mit der Zeit auf dein Gewicht zu achten.
learn-healthy-weight-p-3 = Wenn du dir mehr Unterstützung beim Gewicht wünschst, kann dich eine medizinische Fachperson in einem Tempo begleiten, das zu dir passt. Sei dabei freundlich zu dir selbst.

learn-keep-active-summary = So gut es geht mit deinem gewohnten Alltag weiterzumachen, gehört dazu, wenn du dich um deinen Rücken kümmerst.
learn-keep-active-p-1 = Leitlinien zu Schmerzen im unteren Rücken raten dazu, normale Aktivitäten möglichst beizubehalten: Arbeit, Haushalt, Hobbys, Freunde treffen. Vielleicht musst du manches eine Zeit lang langsamer oder in kleineren Portionen machen, und das ist in Ordnung.
learn-keep-active-p-2 = Manche Produkte versprechen eine schnelle Lösung. Die britische Leitlinie von NICE empfiehlt bei Schmerzen im unteren Rücken weder Rückengurte noch Traktion oder TENS-Geräte, du musst also kein Geld dafür ausgeben.
learn-keep-active-p-3 = Was die Leitlinie unterstützt, machst du schon: aktiv bleiben, Bewegung machen, die dir Spaß macht, und dich mit der Zeit sanft steigern.
