/** A speech, writing, stance or finding verb that can introduce reported content. */
export interface CueVerb {
  readonly lemma: string;
  readonly forms: readonly string[];
  /** How surely the verb reports speech: 1 for `say`, low for verbs that are often something else. */
  readonly weight: number;
}

/**
 * The cue lexicon. Weights below 0.6 mark verbs that report content only in some uses
 * (`call it …`, `went on to say`); the attribution shapes still require a subject or a clause.
 */
/** Forms that report words only next to a quotation or a colon (`The notice read: “…”`, `“…,” read one`). */
export const QUOTE_CUE_FORMS = [
  { form: 'read', lemma: 'read', weight: 0.6 },
] as const;
/** People read books aloud (`He read “The Long Road” to the class`); signs, notes and statements read words. */
export const QUOTE_CUE_READERS = ['i', 'you', 'he', 'she', 'we', 'they'] as const;

export const CUE_VERBS = [
  { lemma: 'say', forms: ['say', 'says', 'said', 'saying'], weight: 1.00 },
  { lemma: 'tell', forms: ['tell', 'tells', 'told', 'telling'], weight: 1.00 },
  { lemma: 'add', forms: ['add', 'adds', 'added', 'adding'], weight: 0.95 },
  { lemma: 'note', forms: ['note', 'notes', 'noted', 'noting'], weight: 0.90 },
  { lemma: 'argue', forms: ['argue', 'argues', 'argued', 'arguing'], weight: 0.95 },
  { lemma: 'claim', forms: ['claim', 'claims', 'claimed', 'claiming'], weight: 0.95 },
  { lemma: 'insist', forms: ['insist', 'insists', 'insisted', 'insisting'], weight: 0.95 },
  { lemma: 'deny', forms: ['deny', 'denies', 'denied', 'denying'], weight: 0.90 },
  { lemma: 'warn', forms: ['warn', 'warns', 'warned', 'warning'], weight: 0.90 },
  { lemma: 'urge', forms: ['urge', 'urges', 'urged', 'urging'], weight: 0.85 },
  { lemma: 'ask', forms: ['ask', 'asks', 'asked', 'asking'], weight: 0.80 },
  { lemma: 'answer', forms: ['answer', 'answers', 'answered', 'answering'], weight: 0.85 },
  { lemma: 'explain', forms: ['explain', 'explains', 'explained', 'explaining'], weight: 0.95 },
  { lemma: 'read', forms: ['reads'], weight: 0.6 }, // `the editorial reads`; `read` is mostly the other verb
  { lemma: 'bark', forms: ['bark', 'barks', 'barked', 'barking'], weight: 0.8 },
  { lemma: 'react', forms: ['react', 'reacts', 'reacted', 'reacting'], weight: 0.7 },
  { lemma: 'express', forms: ['express', 'expresses', 'expressed', 'expressing'], weight: 0.75 },
  { lemma: 'retaliate', forms: ['retaliate', 'retaliates', 'retaliated', 'retaliating'], weight: 0.6 },
  { lemma: 'acknowledge', forms: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'], weight: 0.90 },
  { lemma: 'admit', forms: ['admit', 'admits', 'admitted', 'admitting'], weight: 0.90 },
  { lemma: 'concede', forms: ['concede', 'concedes', 'conceded', 'conceding'], weight: 0.90 },
  { lemma: 'allege', forms: ['allege', 'alleges', 'alleged', 'alleging'], weight: 0.90 },
  { lemma: 'accuse', forms: ['accuse', 'accuses', 'accused', 'accusing'], weight: 0.80 },
  { lemma: 'write', forms: ['write', 'writes', 'wrote', 'writing', 'written'], weight: 0.90 },
  { lemma: 'tweet', forms: ['tweet', 'tweets', 'tweeted', 'tweeting'], weight: 0.90 },
  { lemma: 'post', forms: ['post', 'posts', 'posted', 'posting'], weight: 0.60 },
  { lemma: 'report', forms: ['report', 'reports', 'reported', 'reporting'], weight: 0.90 },
  { lemma: 'publish', forms: ['publish', 'publishes', 'published', 'publishing'], weight: 0.60 },
  { lemma: 'announce', forms: ['announce', 'announces', 'announced', 'announcing'], weight: 0.90 },
  { lemma: 'state', forms: ['state', 'states', 'stated', 'stating'], weight: 0.95 },
  { lemma: 'declare', forms: ['declare', 'declares', 'declared', 'declaring'], weight: 0.95 },
  { lemma: 'believe', forms: ['believe', 'believes', 'believed', 'believing'], weight: 0.80 },
  { lemma: 'think', forms: ['think', 'thinks', 'thought', 'thinking'], weight: 0.75 },
  { lemma: 'hope', forms: ['hope', 'hopes', 'hoped', 'hoping'], weight: 0.60 },
  { lemma: 'fear', forms: ['fear', 'fears', 'feared', 'fearing'], weight: 0.60 },
  { lemma: 'expect', forms: ['expect', 'expects', 'expected', 'expecting'], weight: 0.60 },
  { lemma: 'want', forms: ['want', 'wants', 'wanted', 'wanting'], weight: 0.50 },
  { lemma: 'worry', forms: ['worry', 'worries', 'worried', 'worrying'], weight: 0.60 },
  { lemma: 'agree', forms: ['agree', 'agrees', 'agreed', 'agreeing'], weight: 0.75 },
  { lemma: 'contend', forms: ['contend', 'contends', 'contended', 'contending'], weight: 0.95 },
  { lemma: 'find', forms: ['find', 'finds', 'found', 'finding'], weight: 0.70 },
  { lemma: 'show', forms: ['show', 'shows', 'showed', 'showing', 'shown'], weight: 0.60 },
  { lemma: 'indicate', forms: ['indicate', 'indicates', 'indicated', 'indicating'], weight: 0.80 },
  { lemma: 'suggest', forms: ['suggest', 'suggests', 'suggested', 'suggesting'], weight: 0.80 },
  { lemma: 'conclude', forms: ['conclude', 'concludes', 'concluded', 'concluding'], weight: 0.85 },
  { lemma: 'estimate', forms: ['estimate', 'estimates', 'estimated', 'estimating'], weight: 0.75 },
  { lemma: 'assert', forms: ['assert', 'asserts', 'asserted', 'asserting'], weight: 0.95 },
  { lemma: 'maintain', forms: ['maintain', 'maintains', 'maintained', 'maintaining'], weight: 0.80 },
  { lemma: 'remark', forms: ['remark', 'remarks', 'remarked', 'remarking'], weight: 0.90 },
  { lemma: 'comment', forms: ['comment', 'comments', 'commented', 'commenting'], weight: 0.90 },
  { lemma: 'reply', forms: ['reply', 'replies', 'replied', 'replying'], weight: 0.95 },
  { lemma: 'respond', forms: ['respond', 'responds', 'responded', 'responding'], weight: 0.90 },
  { lemma: 'retort', forms: ['retort', 'retorts', 'retorted', 'retorting'], weight: 0.95 },
  { lemma: 'recall', forms: ['recall', 'recalls', 'recalled', 'recalling'], weight: 0.85 },
  { lemma: 'reveal', forms: ['reveal', 'reveals', 'revealed', 'revealing'], weight: 0.85 },
  { lemma: 'confirm', forms: ['confirm', 'confirms', 'confirmed', 'confirming'], weight: 0.90 },
  { lemma: 'predict', forms: ['predict', 'predicts', 'predicted', 'predicting'], weight: 0.80 },
  { lemma: 'promise', forms: ['promise', 'promises', 'promised', 'promising'], weight: 0.80 },
  { lemma: 'pledge', forms: ['pledge', 'pledges', 'pledged', 'pledging'], weight: 0.80 },
  { lemma: 'vow', forms: ['vow', 'vows', 'vowed', 'vowing'], weight: 0.90 },
  { lemma: 'threaten', forms: ['threaten', 'threatens', 'threatened', 'threatening'], weight: 0.70 },
  { lemma: 'complain', forms: ['complain', 'complains', 'complained', 'complaining'], weight: 0.90 },
  { lemma: 'protest', forms: ['protest', 'protests', 'protested', 'protesting'], weight: 0.80 },
  { lemma: 'object', forms: ['object', 'objects', 'objected', 'objecting'], weight: 0.70 },
  { lemma: 'observe', forms: ['observe', 'observes', 'observed', 'observing'], weight: 0.85 },
  { lemma: 'point', forms: ['point', 'points', 'pointed', 'pointing'], weight: 0.70 },
  { lemma: 'stress', forms: ['stress', 'stresses', 'stressed', 'stressing'], weight: 0.90 },
  { lemma: 'emphasize', forms: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing'], weight: 0.90 },
  { lemma: 'emphasise', forms: ['emphasise', 'emphasises', 'emphasised', 'emphasising'], weight: 0.90 },
  { lemma: 'underscore', forms: ['underscore', 'underscores', 'underscored', 'underscoring'], weight: 0.85 },
  { lemma: 'reiterate', forms: ['reiterate', 'reiterates', 'reiterated', 'reiterating'], weight: 0.95 },
  { lemma: 'repeat', forms: ['repeat', 'repeats', 'repeated', 'repeating'], weight: 0.80 },
  { lemma: 'mention', forms: ['mention', 'mentions', 'mentioned', 'mentioning'], weight: 0.85 },
  { lemma: 'describe', forms: ['describe', 'describes', 'described', 'describing'], weight: 0.70 },
  { lemma: 'characterize', forms: ['characterize', 'characterizes', 'characterized', 'characterizing'], weight: 0.70 },
  { lemma: 'call', forms: ['call', 'calls', 'called', 'calling'], weight: 0.50 },
  { lemma: 'label', forms: ['label', 'labels', 'labeled', 'labeling'], weight: 0.60 },
  { lemma: 'dub', forms: ['dub', 'dubs', 'dubbed', 'dubbing'], weight: 0.60 },
  { lemma: 'brand', forms: ['brand', 'brands', 'branded', 'branding'], weight: 0.50 },
  { lemma: 'quip', forms: ['quip', 'quips', 'quipped', 'quipping'], weight: 0.95 },
  { lemma: 'joke', forms: ['joke', 'jokes', 'joked', 'joking'], weight: 0.90 },
  { lemma: 'boast', forms: ['boast', 'boasts', 'boasted', 'boasting'], weight: 0.90 },
  { lemma: 'brag', forms: ['brag', 'brags', 'bragged', 'bragging'], weight: 0.90 },
  { lemma: 'lament', forms: ['lament', 'laments', 'lamented', 'lamenting'], weight: 0.90 },
  { lemma: 'scoff', forms: ['scoff', 'scoffs', 'scoffed', 'scoffing'], weight: 0.85 },
  { lemma: 'sneer', forms: ['sneer', 'sneers', 'sneered', 'sneering'], weight: 0.85 },
  { lemma: 'mock', forms: ['mock', 'mocks', 'mocked', 'mocking'], weight: 0.70 },
  { lemma: 'shout', forms: ['shout', 'shouts', 'shouted', 'shouting'], weight: 0.90 },
  { lemma: 'yell', forms: ['yell', 'yells', 'yelled', 'yelling'], weight: 0.90 },
  { lemma: 'scream', forms: ['scream', 'screams', 'screamed', 'screaming'], weight: 0.85 },
  { lemma: 'cry', forms: ['cry', 'cries', 'cried', 'crying'], weight: 0.60 },
  { lemma: 'whisper', forms: ['whisper', 'whispers', 'whispered', 'whispering'], weight: 0.90 },
  { lemma: 'mutter', forms: ['mutter', 'mutters', 'muttered', 'muttering'], weight: 0.90 },
  { lemma: 'exclaim', forms: ['exclaim', 'exclaims', 'exclaimed', 'exclaiming'], weight: 0.95 },
  { lemma: 'proclaim', forms: ['proclaim', 'proclaims', 'proclaimed', 'proclaiming'], weight: 0.90 },
  { lemma: 'advise', forms: ['advise', 'advises', 'advised', 'advising'], weight: 0.80 },
  { lemma: 'caution', forms: ['caution', 'cautions', 'cautioned', 'cautioning'], weight: 0.90 },
  { lemma: 'counter', forms: ['counter', 'counters', 'countered', 'countering'], weight: 0.90 },
  { lemma: 'rebut', forms: ['rebut', 'rebuts', 'rebutted', 'rebutting'], weight: 0.85 },
  { lemma: 'dispute', forms: ['dispute', 'disputes', 'disputed', 'disputing'], weight: 0.85 },
  { lemma: 'disagree', forms: ['disagree', 'disagrees', 'disagreed', 'disagreeing'], weight: 0.80 },
  { lemma: 'challenge', forms: ['challenge', 'challenges', 'challenged', 'challenging'], weight: 0.60 },
  { lemma: 'question', forms: ['question', 'questions', 'questioned', 'questioning'], weight: 0.60 },
  { lemma: 'wonder', forms: ['wonder', 'wonders', 'wondered', 'wondering'], weight: 0.75 },
  { lemma: 'speculate', forms: ['speculate', 'speculates', 'speculated', 'speculating'], weight: 0.90 },
  { lemma: 'guess', forms: ['guess', 'guesses', 'guessed', 'guessing'], weight: 0.70 },
  { lemma: 'imply', forms: ['imply', 'implies', 'implied', 'implying'], weight: 0.80 },
  { lemma: 'hint', forms: ['hint', 'hints', 'hinted', 'hinting'], weight: 0.80 },
  { lemma: 'signal', forms: ['signal', 'signals', 'signaled', 'signaling'], weight: 0.70 },
  { lemma: 'testify', forms: ['testify', 'testifies', 'testified', 'testifying'], weight: 0.95 },
  { lemma: 'swear', forms: ['swear', 'swears', 'swore', 'swearing', 'sworn'], weight: 0.80 },
  { lemma: 'affirm', forms: ['affirm', 'affirms', 'affirmed', 'affirming'], weight: 0.90 },
  { lemma: 'attest', forms: ['attest', 'attests', 'attested', 'attesting'], weight: 0.85 },
  { lemma: 'certify', forms: ['certify', 'certifies', 'certified', 'certifying'], weight: 0.70 },
  { lemma: 'recount', forms: ['recount', 'recounts', 'recounted', 'recounting'], weight: 0.90 },
  { lemma: 'relate', forms: ['relate', 'relates', 'related', 'relating'], weight: 0.50 },
  { lemma: 'narrate', forms: ['narrate', 'narrates', 'narrated', 'narrating'], weight: 0.80 },
  { lemma: 'inform', forms: ['inform', 'informs', 'informed', 'informing'], weight: 0.85 },
  { lemma: 'notify', forms: ['notify', 'notifies', 'notified', 'notifying'], weight: 0.80 },
  { lemma: 'assure', forms: ['assure', 'assures', 'assured', 'assuring'], weight: 0.90 },
  { lemma: 'reassure', forms: ['reassure', 'reassures', 'reassured', 'reassuring'], weight: 0.85 },
  { lemma: 'remind', forms: ['remind', 'reminds', 'reminded', 'reminding'], weight: 0.85 },
  { lemma: 'instruct', forms: ['instruct', 'instructs', 'instructed', 'instructing'], weight: 0.70 },
  { lemma: 'order', forms: ['order', 'orders', 'ordered', 'ordering'], weight: 0.50 },
  { lemma: 'demand', forms: ['demand', 'demands', 'demanded', 'demanding'], weight: 0.85 },
  { lemma: 'request', forms: ['request', 'requests', 'requested', 'requesting'], weight: 0.75 },
  { lemma: 'plead', forms: ['plead', 'pleads', 'pleaded', 'pleading'], weight: 0.85 },
  { lemma: 'beg', forms: ['beg', 'begs', 'begged', 'begging'], weight: 0.70 },
  { lemma: 'appeal', forms: ['appeal', 'appeals', 'appealed', 'appealing'], weight: 0.60 },
  { lemma: 'propose', forms: ['propose', 'proposes', 'proposed', 'proposing'], weight: 0.75 },
  { lemma: 'recommend', forms: ['recommend', 'recommends', 'recommended', 'recommending'], weight: 0.80 },
  { lemma: 'charge', forms: ['charge', 'charges', 'charged', 'charging'], weight: 0.70 },
  { lemma: 'blame', forms: ['blame', 'blames', 'blamed', 'blaming'], weight: 0.60 },
  { lemma: 'criticize', forms: ['criticize', 'criticizes', 'criticized', 'criticizing'], weight: 0.70 },
  { lemma: 'criticise', forms: ['criticise', 'criticises', 'criticised', 'criticising'], weight: 0.70 },
  { lemma: 'condemn', forms: ['condemn', 'condemns', 'condemned', 'condemning'], weight: 0.70 },
  { lemma: 'denounce', forms: ['denounce', 'denounces', 'denounced', 'denouncing'], weight: 0.70 },
  { lemma: 'blast', forms: ['blast', 'blasts', 'blasted', 'blasting'], weight: 0.70 }, // with an object (CHARACTERISING_VERBS)
  { lemma: 'deride', forms: ['deride', 'derides', 'derided', 'deriding'], weight: 0.75 }, // with an object
  { lemma: 'dismiss', forms: ['dismiss', 'dismisses', 'dismissed', 'dismissing'], weight: 0.60 }, // a proposition or `as` only
  { lemma: 'slam', forms: ['slam', 'slams', 'slammed', 'slamming'], weight: 0.70 }, // with an object
  { lemma: 'liken', forms: ['liken', 'likens', 'likened', 'likening'], weight: 0.75 }, // with `to` only
  { lemma: 'portray', forms: ['portray', 'portrays', 'portrayed', 'portraying'], weight: 0.60 }, // with `as` only
  { lemma: 'praise', forms: ['praise', 'praises', 'praised', 'praising'], weight: 0.60 }, // with an object (CHARACTERISING_VERBS)
  { lemma: 'reject', forms: ['reject', 'rejects', 'rejected', 'rejecting'], weight: 0.60 }, // a proposition or `as` only
  { lemma: 'defend', forms: ['defend', 'defends', 'defended', 'defending'], weight: 0.60 }, // with an object (CHARACTERISING_VERBS)
  { lemma: 'credit', forms: ['credit', 'credits', 'credited', 'crediting'], weight: 0.60 }, // with `with`, `for`, `to` only
  { lemma: 'applaud', forms: ['applaud', 'applauds', 'applauded', 'applauding'], weight: 0.60 },
  { lemma: 'welcome', forms: ['welcome', 'welcomes', 'welcomed', 'welcoming'], weight: 0.50 },
  { lemma: 'thank', forms: ['thank', 'thanks', 'thanked', 'thanking'], weight: 0.50 },
  // issue 15: with a quoted reason only (CHARACTERISING_VERBS, quotedReasonOnly): `chided the press for “the little game” it plays`
  { lemma: 'chide', forms: ['chide', 'chides', 'chided', 'chiding'], weight: 0.60 },
  { lemma: 'commend', forms: ['commend', 'commends', 'commended', 'commending'], weight: 0.60 },
  { lemma: 'congratulate', forms: ['congratulate', 'congratulates', 'congratulated', 'congratulating'], weight: 0.50 },
  { lemma: 'apologize', forms: ['apologize', 'apologizes', 'apologized', 'apologizing'], weight: 0.70 },
  { lemma: 'apologise', forms: ['apologise', 'apologises', 'apologised', 'apologising'], weight: 0.70 },
  { lemma: 'concur', forms: ['concur', 'concurs', 'concurred', 'concurring'], weight: 0.80 },
  { lemma: 'reckon', forms: ['reckon', 'reckons', 'reckoned', 'reckoning'], weight: 0.80 },
  { lemma: 'figure', forms: ['figure', 'figures', 'figured', 'figuring'], weight: 0.50 },
  { lemma: 'feel', forms: ['feel', 'feels', 'felt', 'feeling'], weight: 0.60 },
  { lemma: 'know', forms: ['know', 'knows', 'knew', 'knowing', 'known'], weight: 0.50 },
  { lemma: 'understand', forms: ['understand', 'understands', 'understood', 'understanding'], weight: 0.50 },
  { lemma: 'realize', forms: ['realize', 'realizes', 'realized', 'realizing'], weight: 0.60 },
  { lemma: 'doubt', forms: ['doubt', 'doubts', 'doubted', 'doubting'], weight: 0.70 },
  { lemma: 'suspect', forms: ['suspect', 'suspects', 'suspected', 'suspecting'], weight: 0.70 },
  { lemma: 'assume', forms: ['assume', 'assumes', 'assumed', 'assuming'], weight: 0.60 },
  { lemma: 'presume', forms: ['presume', 'presumes', 'presumed', 'presuming'], weight: 0.60 },
  { lemma: 'recognize', forms: ['recognize', 'recognizes', 'recognized', 'recognizing'], weight: 0.60 },
  { lemma: 'surmise', forms: ['surmise', 'surmises', 'surmised', 'surmising'], weight: 0.85 },
  { lemma: 'posit', forms: ['posit', 'posits', 'posited', 'positing'], weight: 0.90 },
  { lemma: 'theorize', forms: ['theorize', 'theorizes', 'theorized', 'theorizing'], weight: 0.85 },
  { lemma: 'hypothesize', forms: ['hypothesize', 'hypothesizes', 'hypothesized', 'hypothesizing'], weight: 0.85 },
  { lemma: 'calculate', forms: ['calculate', 'calculates', 'calculated', 'calculating'], weight: 0.70 },
  { lemma: 'project', forms: ['project', 'projects', 'projected', 'projecting'], weight: 0.60 },
  { lemma: 'forecast', forms: ['forecast', 'forecasts', 'forecasting'], weight: 0.80 },
  { lemma: 'determine', forms: ['determine', 'determines', 'determined', 'determining'], weight: 0.60 },
  { lemma: 'rule', forms: ['rule', 'rules', 'ruled', 'ruling'], weight: 0.60 },
  { lemma: 'judge', forms: ['judge', 'judges', 'judged', 'judging'], weight: 0.50 },
  { lemma: 'decide', forms: ['decide', 'decides', 'decided', 'deciding'], weight: 0.50 },
  { lemma: 'demonstrate', forms: ['demonstrate', 'demonstrates', 'demonstrated', 'demonstrating'], weight: 0.60 },
  { lemma: 'prove', forms: ['prove', 'proves', 'proved', 'proving'], weight: 0.50 },
  { lemma: 'confess', forms: ['confess', 'confesses', 'confessed', 'confessing'], weight: 0.90 },
  { lemma: 'disclose', forms: ['disclose', 'discloses', 'disclosed', 'disclosing'], weight: 0.85 },
  { lemma: 'divulge', forms: ['divulge', 'divulges', 'divulged', 'divulging'], weight: 0.85 },
  { lemma: 'leak', forms: ['leak', 'leaks', 'leaked', 'leaking'], weight: 0.60 },
  { lemma: 'broadcast', forms: ['broadcast', 'broadcasts', 'broadcasting'], weight: 0.60 },
  { lemma: 'blog', forms: ['blog', 'blogs', 'blogged', 'blogging'], weight: 0.80 },
  { lemma: 'email', forms: ['email', 'emails', 'emailed', 'emailing'], weight: 0.80 },
  { lemma: 'e-mail', forms: ['e-mail', 'e-mails', 'e-mailed', 'e-mailing'], weight: 0.80 },
  { lemma: 'text', forms: ['text', 'texts', 'texted', 'texting'], weight: 0.60 },
  { lemma: 'message', forms: ['message', 'messages', 'messaged', 'messaging'], weight: 0.60 },
  { lemma: 'chant', forms: ['chant', 'chants', 'chanted', 'chanting'], weight: 0.80 },
  { lemma: 'sing', forms: ['sing', 'sings', 'sang', 'singing', 'sung'], weight: 0.50 },
  { lemma: 'preach', forms: ['preach', 'preaches', 'preached', 'preaching'], weight: 0.70 },
  { lemma: 'lecture', forms: ['lecture', 'lectures', 'lectured', 'lecturing'], weight: 0.60 },
  { lemma: 'brief', forms: ['brief', 'briefs', 'briefed', 'briefing'], weight: 0.60 },
  { lemma: 'summarize', forms: ['summarize', 'summarizes', 'summarized', 'summarizing'], weight: 0.80 },
  { lemma: 'continue', forms: ['continue', 'continues', 'continued', 'continuing'], weight: 0.40 },
  { lemma: 'begin', forms: ['begin', 'begins', 'began', 'begining', 'begun'], weight: 0.30 },
  { lemma: 'tout', forms: ['tout', 'touts', 'touted', 'touting'], weight: 0.80 },
  { lemma: 'trumpet', forms: ['trumpet', 'trumpets', 'trumpeted', 'trumpeting'], weight: 0.80 },
  { lemma: 'hail', forms: ['hail', 'hails', 'hailed', 'hailing'], weight: 0.60 },
  { lemma: 'decry', forms: ['decry', 'decries', 'decried', 'decrying'], weight: 0.85 },
  { lemma: 'bemoan', forms: ['bemoan', 'bemoans', 'bemoaned', 'bemoaning'], weight: 0.85 },
  { lemma: 'grumble', forms: ['grumble', 'grumbles', 'grumbled', 'grumbling'], weight: 0.90 },
  { lemma: 'gripe', forms: ['gripe', 'gripes', 'griped', 'griping'], weight: 0.90 },
  { lemma: 'muse', forms: ['muse', 'muses', 'mused', 'musing'], weight: 0.90 },
  { lemma: 'ponder', forms: ['ponder', 'ponders', 'pondered', 'pondering'], weight: 0.60 },
  { lemma: 'reflect', forms: ['reflect', 'reflects', 'reflected', 'reflecting'], weight: 0.60 },
  { lemma: 'opine', forms: ['opine', 'opines', 'opined', 'opining'], weight: 0.95 },
  { lemma: 'volunteer', forms: ['volunteer', 'volunteers', 'volunteered', 'volunteering'], weight: 0.60 },
  { lemma: 'interject', forms: ['interject', 'interjects', 'interjected', 'interjecting'], weight: 0.90 },
  { lemma: 'interrupt', forms: ['interrupt', 'interrupts', 'interrupted', 'interrupting'], weight: 0.60 },
  { lemma: 'chime', forms: ['chime', 'chimes', 'chimed', 'chiming'], weight: 0.80 },
  { lemma: 'snap', forms: ['snap', 'snaps', 'snapped', 'snapping'], weight: 0.80 },
  { lemma: 'growl', forms: ['growl', 'growls', 'growled', 'growling'], weight: 0.80 },
  { lemma: 'fume', forms: ['fume', 'fumes', 'fumed', 'fuming'], weight: 0.80 },
  { lemma: 'rage', forms: ['rage', 'rages', 'raged', 'raging'], weight: 0.60 },
  { lemma: 'rant', forms: ['rant', 'rants', 'ranted', 'ranting'], weight: 0.80 },
  { lemma: 'gush', forms: ['gush', 'gushes', 'gushed', 'gushing'], weight: 0.80 },
  { lemma: 'marvel', forms: ['marvel', 'marvels', 'marveled', 'marveling'], weight: 0.80 },
  { lemma: 'allow', forms: ['allow', 'allows', 'allowed', 'allowing'], weight: 0.40 },
  { lemma: 'grant', forms: ['grant', 'grants', 'granted', 'granting'], weight: 0.50 },
] as const satisfies readonly CueVerb[];

/** Multi-word cues that are not verbs: the id travels with the claim as `cue.lemma`. */
export interface CuePhrase {
  readonly lemma: string;
  readonly words: readonly string[];
  readonly weight: number;
  /** Where the speaker stands: after (`according to X`) or before, as the subject (`X shot back`). */
  readonly speaker: 'after' | 'before';
  /** No cue when the next two words (lower case, one space) match: `talked about an hour` is an amount, not a topic. */
  readonly notBefore?: RegExp;
}
/** After `about`, an amount (`spoke about 20 minutes`, `talked about an hour`), not what was spoken about. */
const AMOUNT_NEXT = /^(?:\d\S*|half|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred|a few (?:minutes|hours|days)|an? (?:hour|minute|week|month|year|mile|dozen|third|quarter|half|day))(?: |$)/u;
export const CUE_PHRASES = [
  { lemma: 'according to', words: ['according', 'to'], weight: 1.0, speaker: 'after' },
  { lemma: 'shoot back', words: ['shot', 'back'], weight: 0.9, speaker: 'before' },
  { lemma: 'shoot back', words: ['shoots', 'back'], weight: 0.9, speaker: 'before' },
  { lemma: 'fire back', words: ['fired', 'back'], weight: 0.9, speaker: 'before' },
  { lemma: 'cut in', words: ['cut', 'in'], weight: 0.8, speaker: 'before' },
  { lemma: 'chime in', words: ['chimed', 'in'], weight: 0.85, speaker: 'before' },
  { lemma: 'put it', words: ['put', 'it'], weight: 0.8, speaker: 'before' }, // As Amar put it, “…”
  { lemma: 'go on to say', words: ['went', 'on', 'to', 'say'], weight: 0.95, speaker: 'before' },
  // `“…,” he went on.` Plain `go` is not a cue: `the NFL has gone “soft”`, `he goes “back to war”`.
  { lemma: 'go on', words: ['went', 'on'], weight: 0.8, speaker: 'before' },
  { lemma: 'go on', words: ['goes', 'on'], weight: 0.8, speaker: 'before' },
  { lemma: 'point out', words: ['pointed', 'out'], weight: 0.9, speaker: 'before' },
  { lemma: 'point out', words: ['points', 'out'], weight: 0.9, speaker: 'before' },
  { lemma: 'spell out', words: ['spelled', 'out'], weight: 0.7, speaker: 'before' },
  // `referred to Doe as “a bright leader”`: with `as` only (CHARACTERISING_VERBS); `referred to the report` is no cue.
  { lemma: 'refer to', words: ['refer', 'to'], weight: 0.6, speaker: 'before' },
  { lemma: 'refer to', words: ['refers', 'to'], weight: 0.6, speaker: 'before' },
  { lemma: 'refer to', words: ['referred', 'to'], weight: 0.6, speaker: 'before' },
  { lemma: 'refer to', words: ['referring', 'to'], weight: 0.6, speaker: 'before' },
  // `X called for a ban`, `called on Congress to act`: demands, attributed as content
  { lemma: 'call for', words: ['call', 'for'], weight: 0.75, speaker: 'before' },
  { lemma: 'call on', words: ['call', 'on'], weight: 0.75, speaker: 'before' },
  { lemma: 'call for', words: ['calls', 'for'], weight: 0.75, speaker: 'before' },
  { lemma: 'call on', words: ['calls', 'on'], weight: 0.75, speaker: 'before' },
  { lemma: 'call for', words: ['called', 'for'], weight: 0.75, speaker: 'before' },
  { lemma: 'call on', words: ['called', 'on'], weight: 0.75, speaker: 'before' },
  { lemma: 'call for', words: ['calling', 'for'], weight: 0.75, speaker: 'before' },
  { lemma: 'call on', words: ['calling', 'on'], weight: 0.75, speaker: 'before' },
  // `talked about how the plant had closed`, `spoke of their relief`: the topic a speaker spoke about is what they said.
  { lemma: 'talk about', words: ['talk', 'about'], weight: 0.7, speaker: 'before', notBefore: AMOUNT_NEXT },
  { lemma: 'talk about', words: ['talks', 'about'], weight: 0.7, speaker: 'before', notBefore: AMOUNT_NEXT },
  { lemma: 'talk about', words: ['talked', 'about'], weight: 0.7, speaker: 'before', notBefore: AMOUNT_NEXT },
  { lemma: 'talk about', words: ['talking', 'about'], weight: 0.7, speaker: 'before', notBefore: AMOUNT_NEXT },
  { lemma: 'speak about', words: ['speak', 'about'], weight: 0.7, speaker: 'before', notBefore: AMOUNT_NEXT },
  { lemma: 'speak about', words: ['speaks', 'about'], weight: 0.7, speaker: 'before', notBefore: AMOUNT_NEXT },
  { lemma: 'speak about', words: ['spoke', 'about'], weight: 0.7, speaker: 'before', notBefore: AMOUNT_NEXT },
  { lemma: 'speak about', words: ['spoken', 'about'], weight: 0.7, speaker: 'before', notBefore: AMOUNT_NEXT },
  { lemma: 'speak about', words: ['speaking', 'about'], weight: 0.7, speaker: 'before', notBefore: AMOUNT_NEXT },
  { lemma: 'speak of', words: ['speak', 'of'], weight: 0.7, speaker: 'before' },
  { lemma: 'speak of', words: ['speaks', 'of'], weight: 0.7, speaker: 'before' },
  { lemma: 'speak of', words: ['spoke', 'of'], weight: 0.7, speaker: 'before' },
  { lemma: 'speak of', words: ['spoken', 'of'], weight: 0.7, speaker: 'before' },
  { lemma: 'speak of', words: ['speaking', 'of'], weight: 0.7, speaker: 'before' },
] as const satisfies readonly CuePhrase[];

/** Nouns that carry reported content in `X's statement that …`, `the claim that …` (with `that` after them). */
export const CUE_NOUNS = [
  'statement', 'claim', 'claims', 'assertion', 'argument', 'allegation', 'allegations', 'accusation', 'charge',
  'suggestion', 'belief', 'warning', 'announcement', 'insistence', 'contention', 'promise', 'pledge',
  'remark', 'remarks', 'comment', 'comments', 'testimony', 'admission', 'denial', 'prediction', 'report', 'findings',
] as const;

/** Nouns of a point of view, cues in `in X's view, …`, `in the opinion of X, …`, `…, in X's estimation.` */
export const VIEW_NOUNS = ['view', 'opinion', 'estimation', 'judgment', 'judgement', 'assessment'] as const;

/**
 * Nouns that form a compound with a cue word's base or -s form, which is then a noun, not a verb: `the reality TV show
 * “The Contender”`, `his radio show`, `their favourite talk shows`. Not before `that` (`the tally shows that …`).
 */
export const CUE_COMPOUND_LEADS = [
  { lemma: 'show', leads: ['tv', 'television', 'radio', 'talk', 'game', 'reality', 'quiz', 'cooking', 'chat', 'comedy', 'variety', 'cable', 'morning', 'late-night', 'sketch', 'panel'] },
] as const satisfies readonly { lemma: string; leads: readonly string[] }[];

/** Before a cue word used as a noun: `a cautious note`, `the report`, `Clinton's claims`. */
export const NOUN_DETERMINER = /^(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|no|any|each|every|[\p{L}.]+'s?)$/u;

/** Adjectives that may stand between that determiner and the noun: `his latest report`. */
export const NOUN_ADJECTIVE = /^(?:[a-z-]+(?:ous|ive|ful|less|ic|ical|able|ible|al|ary|est|ish)|new|own|last|first|next|recent|brief|short|long|full|whole|joint|written|formal|public|private|open|final|initial|latest|earlier|previous|strong|stern|clear|blunt|sharp|harsh|frank|rare|bold|big|major|minor|broad|vague|false|true|good|bad|great|high|low|key|main|top|daily|weekly|annual|monthly)$/u;
