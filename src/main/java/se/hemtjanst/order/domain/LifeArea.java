package se.hemtjanst.order.domain;

/** The life areas of IBIC (Individens behov i centrum), to which an order's goals belong. */
public enum LifeArea {
    LARANDE("Lärande och att tillämpa kunskap"),
    ALLMANNA_UPPGIFTER("Allmänna uppgifter och krav"),
    KOMMUNIKATION("Kommunikation"),
    FORFLYTTNING("Förflyttning"),
    PERSONLIG_VARD("Personlig vård"),
    HEMLIV("Hemliv"),
    RELATIONER("Mellanmänskliga interaktioner och relationer"),
    VIKTIGA_LIVSOMRADEN("Utbildning, arbete, sysselsättning och ekonomiskt liv"),
    SAMHALLSGEMENSKAP("Samhällsgemenskap, socialt och medborgerligt liv");

    private final String swedishName;

    LifeArea(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
