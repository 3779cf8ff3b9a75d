package dev.beacon.channel.conversation;

/** The operations a payload or a route can name; one character each on the wire (never reuse a retired one). */
public enum Op {
    HOME('h'),
    SECTION('s'),
    ARTICLE('a'),
    OPEN('o'),
    POLL('p'),
    VOTE('v'),
    REACTIONS('r'),
    REACT('x'),
    SURVEY('y'),
    ANSWER('z'),
    COMMENTS('c'),
    WRITE_COMMENT('w'),
    TIPS('t'),
    SEND_TIP('u'),
    STORY('e'),
    WRITE_STORY('f'),
    LANGUAGE('l'),
    CORNER('k'),
    ALIAS('n'),
    LINK('j'),
    EXPORT('q'),
    DELETE('d'),
    DELETE_CONFIRMED('D'),
    STOP('b'),
    START('g'),
    HELP('i'),
    SEARCH('m'),
    /** A multiple-choice vote: the poll and the picked choices as a bit mask of their positions (base 36). */
    VOTE_MANY('V');

    final char code;

    Op(char code) {
        this.code = code;
    }

    static Op of(char code) {
        for (Op op : values()) {
            if (op.code == code) {
                return op;
            }
        }
        return null;
    }
}
